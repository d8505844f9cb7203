package fi.kanta.erasure;

import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.RunCounts;
import fi.kanta.customer.AfterPurchases;
import fi.kanta.customer.ShopSummary;
import fi.kanta.customer.PersonKey;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of erasures, for a batch of people in one transaction that also marks their
 * erasures DONE: either every row about them is gone or none is (and the erasures, still STARTED,
 * run again). Set-based: one statement per table for the whole batch. A table that gains personal
 * data (a customer id, an address, a free text) must be added here.
 */
@Component
class PersonalRows {

    /** What the database holds of a person to erase (read before anything is removed). */
    record Person(long id, String externalId, String firstName, String lastName, String email, String emailKey, String phone,
                  String street, String addressKey, String personKey) {
    }

    /** An erasure begun (state STARTED): its row, receipt and when it was asked for (shop time). */
    record Started(long id, String receiptId, LocalDateTime erasedAt, String requestedBy) {

        /**
         * The id the person's purchases and outbox rows are kept under: negative, so no customer has
         * it and scores leave it out (identities start at 0 on HSQLDB, hence the one more).
         */
        long surrogate() {
            return -(id + 1);
        }
    }

    /** PostgreSQL takes at most 32,767 parameters a statement; HSQLDB is happier with fewer too. */
    private static final int IN_LIST = 1000;

    private final JdbcTemplate jdbc;
    private final org.springframework.beans.factory.ObjectProvider<AfterPurchases> afterPurchases;

    PersonalRows(JdbcTemplate jdbc, org.springframework.beans.factory.ObjectProvider<AfterPurchases> afterPurchases) {
        this.jdbc = jdbc;
        this.afterPurchases = afterPurchases;
    }

    /** The customer rows' personal values, in no particular order; ids without a customer are left out. */
    List<Person> people(Collection<Long> customerIds) {
        List<Person> people = new ArrayList<>();
        for (List<Object> part : parts(new ArrayList<Object>(customerIds))) {
            people.addAll(jdbc.query("SELECT c.id, c.external_id, c.first_name, c.last_name, c.email, c.email_key, c.phone,"
                    + " c.street, c.address_key, CASE WHEN c.address_key IS NULL THEN NULL ELSE " + PersonKey.SQL + " END"
                    + " FROM customer c WHERE c.id IN (" + marks(part) + ")", (rs, n) -> new Person(rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10)), part.toArray()));
        }
        return people;
    }

    /**
     * Records erasures STARTED (receipt, the three hashes, erased at, requested by, reason, customer
     * id: a row each), in one transaction; returns their ids by receipt.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public java.util.Map<String, Long> begin(List<Object[]> erasures) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (erasures.isEmpty()) {
            return ids;
        }
        jdbc.batchUpdate("INSERT INTO erasure (receipt_id, external_id_hash, email_hash, person_hash, erased_at, requested_by, reason,"
                + " state, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'STARTED', ?)", erasures);
        for (List<Object> part : parts(erasures.stream().map(row -> row[0]).toList())) {
            jdbc.query("SELECT receipt_id, id FROM erasure WHERE receipt_id IN (" + marks(part) + ")",
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }, part.toArray());
        }
        return ids;
    }

    /**
     * Withdraws the customers' PENDING outbox rows ({@code in}: their ids' markers), and adds the moves to
     * each run's kept counts, in one transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void withdraw(String in, List<Long> customerIds, LocalDateTime now) {
        java.util.Map<Long, RunCounts.Moves> moves = new java.util.HashMap<>();
        jdbc.query("SELECT run_id, channel, COUNT(*) FROM campaign_recipient WHERE status = 'PENDING' AND customer_id IN (" + in + ")"
                + " GROUP BY run_id, channel", row -> {
                    moves.computeIfAbsent(row.getLong(1), run -> new RunCounts.Moves())
                            .move(ChannelType.of(row.getString(2)), "PENDING", "WITHDRAWN", row.getLong(3));
                }, customerIds.toArray());
        List<Object> args = new ArrayList<>(List.of(Timestamp.valueOf(now)));
        args.addAll(customerIds);
        jdbc.update("UPDATE campaign_recipient SET status = 'WITHDRAWN', status_at = ? WHERE status = 'PENDING' AND customer_id IN ("
                + in + ")", args.toArray());
        moves.forEach((run, runMoves) -> RunCounts.add(jdbc, run, runMoves));
    }

    /**
     * Removes the people: their own rows are deleted; purchases and outbox rows are kept for the
     * shop's totals and reports under each erasure's surrogate id (a negative id no customer has),
     * without anything personal; values the import kept of their rows are deleted by value.
     * {@code erasures} is in the order of {@code people}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remove(List<Person> people, List<Started> erasures, boolean keepPurchases, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        List<Object[]> moves = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            moves.add(new Object[] {erasures.get(i).surrogate(), people.get(i).id()});
        }
        List<Object> ids = people.stream().map(p -> (Object) p.id()).toList();
        // the runs' kept results against their holdout: marked stale before the rows they were computed from move or go
        List<Long> customerIds = people.stream().map(Person::id).toList();
        afterPurchases.orderedStream().forEach(hook -> hook.erasing(customerIds));
        if (keepPurchases) {
            jdbc.batchUpdate("UPDATE purchase SET customer_id = ? WHERE customer_id = ?", moves);
        } else {
            // an order's lines go with it (order_line has no foreign key: see migration V33)
            each(ids, in -> "DELETE FROM order_line WHERE order_id IN (SELECT order_id FROM purchase WHERE customer_id IN (" + in + "))");
            each(ids, in -> "DELETE FROM purchase WHERE customer_id IN (" + in + ")");
        }
        // tombstones: status, channel, group, ranking and offer code stay for the reports; nothing that
        // says who (the address key, the server's reply, which may quote the address, the profile)
        List<Object[]> tombstones = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            tombstones.add(new Object[] {erasures.get(i).surrogate(), "erased-" + erasures.get(i).id(), people.get(i).id()});
        }
        // a row still SENDING becomes UNCONFIRMED: rare (a sender that died, or outlasted the wait), so those
        // runs' kept counts are recounted rather than moved here
        each(ids, in -> RunCounts.staleWhere("r.status = 'SENDING' AND r.customer_id IN (" + in + ")"));
        jdbc.batchUpdate("UPDATE campaign_recipient SET customer_id = ?, address_key = ?, favourite_category = NULL,"
                + " last_purchase = NULL, detail = NULL, status = CASE WHEN status = 'SENDING' THEN 'UNCONFIRMED' ELSE status END"
                + " WHERE customer_id = ?", tombstones);
        for (String table : List.of("feedback", "customer_score", "customer_score_month", "customer_pick", "customer_interest", "customer_preference",
                "consent_newest", "consent", "suppression_lifted", "suppression", "preference_short_code", "preference_passcode", "click")) {
            each(ids, in -> "DELETE FROM " + table + " WHERE customer_id IN (" + in + ")");
        }
        List<Object> emailKeys = distinct(people, Person::emailKey);
        each(emailKeys, in -> "DELETE FROM suppression WHERE email_key IN (" + in + ")");
        each(emailKeys, in -> "DELETE FROM suppression_lifted WHERE email_key IN (" + in + ")");
        // the newsletter sign-ups from the address: its name and client addresses, and the proof of a consent that goes too
        each(emailKeys, in -> "DELETE FROM signup WHERE email_key IN (" + in + ")");
        // the address is the erased person's: another customer row with it (a shared mailbox) keeps
        // its letters but loses the address, so no campaign reaches it again
        for (List<Object> part : parts(emailKeys)) {
            List<Object> args = new ArrayList<>(List.of(at));
            args.addAll(part);
            jdbc.update("UPDATE customer SET email = NULL, email_key = NULL, updated_at = ? WHERE email_key IN (" + marks(part) + ")",
                    args.toArray());
        }
        List<Object> personKeys = distinct(people, Person::personKey);
        each(personKeys, in -> "DELETE FROM suppression WHERE person_key IN (" + in + ")");
        // another row of the same person (their name at their address) is not contacted again
        Set<Long> erased = new HashSet<>();
        people.forEach(p -> erased.add(p.id()));
        for (Person person : people) {
            if (person.personKey() != null) {
                for (Long other : jdbc.queryForList("SELECT c.id FROM customer c WHERE c.address_key = ? AND " + PersonKey.SQL + " = ?",
                        Long.class, person.addressKey(), person.personKey())) {
                    if (!erased.contains(other)) {
                        jdbc.update("INSERT INTO suppression (customer_id, reason, suppressed_at, source) VALUES (?, 'ERASED', ?, 'erasure')",
                                other, at);
                    }
                }
            }
        }
        removeImportValues(people);
        each(ids, in -> "DELETE FROM customer WHERE id IN (" + in + ")");
        recordRequests(people, erasures, at);
        each(erasures.stream().map(e -> (Object) e.id()).toList(),
                in -> "UPDATE erasure SET state = 'DONE', customer_id = NULL WHERE id IN (" + in + ")");
        // the home page's counts: recounted by serve in the background, not here for each erasure
        ShopSummary.changed(jdbc, ShopSummary.all());
    }

    /**
     * The request log keeps that an erasure was asked for and done, never for whom: an open erasure
     * request of the person is answered, or one is recorded answered at once; their other open
     * requests (access, objection) are answered by the erasure too.
     */
    private void recordRequests(List<Person> people, List<Started> erasures, Timestamp at) {
        List<Object[]> opened = new ArrayList<>();
        List<Object[]> atOnce = new ArrayList<>();
        Set<Long> withOpen = new HashSet<>();
        for (List<Object> part : parts(people.stream().map(p -> (Object) p.id()).toList())) {
            withOpen.addAll(jdbc.queryForList("SELECT customer_id FROM data_subject_request WHERE kind = 'ERASURE' AND done_at IS NULL"
                    + " AND customer_id IN (" + marks(part) + ")", Long.class, part.toArray()));
        }
        for (int i = 0; i < people.size(); i++) {
            Started erasure = erasures.get(i);
            if (withOpen.contains(people.get(i).id())) {
                opened.add(new Object[] {at, erasure.receiptId(), people.get(i).id()});
            } else {
                atOnce.add(new Object[] {Timestamp.valueOf(erasure.erasedAt()), Date.valueOf(erasure.erasedAt().toLocalDate().plusMonths(1)),
                    erasure.requestedBy(), at, erasure.receiptId()});
            }
        }
        jdbc.batchUpdate("UPDATE data_subject_request SET customer_id = NULL, done_at = ?, receipt_id = ? WHERE customer_id = ?"
                + " AND kind = 'ERASURE' AND done_at IS NULL", opened);
        jdbc.batchUpdate("INSERT INTO data_subject_request (kind, received_at, due_on, requested_by, done_at, receipt_id)"
                + " VALUES ('ERASURE', ?, ?, ?, ?, ?)", atOnce);
        for (List<Object> part : parts(people.stream().map(p -> (Object) p.id()).toList())) {
            List<Object> args = new ArrayList<>(List.of(at));
            args.addAll(part);
            jdbc.update("UPDATE data_subject_request SET customer_id = NULL, done_at = ? WHERE customer_id IN (" + marks(part) + ")",
                    args.toArray());
        }
    }

    /**
     * The values rejected or corrected rows of their imports kept: a value that is their email
     * address, phone number, street, last name or whole name, or their customer id.
     */
    private void removeImportValues(List<Person> people) {
        Set<Object> values = new LinkedHashSet<>();
        for (Person p : people) {
            for (String value : new String[] {p.emailKey(), p.email(), p.phone(), p.externalId(), p.street(), p.lastName(),
                p.firstName() == null || p.lastName() == null ? null : p.firstName().strip() + " " + p.lastName().strip()}) {
                if (value != null && !value.isBlank()) {
                    values.add(value.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String table : List.of("import_reject", "import_warning")) {
            each(new ArrayList<>(values), in -> "DELETE FROM " + table + " WHERE LOWER(TRIM(value)) IN (" + in + ")");
        }
    }

    private static List<Object> distinct(List<Person> people, Function<Person, String> value) {
        return people.stream().map(value).filter(Objects::nonNull).distinct().map(v -> (Object) v).toList();
    }

    /** Runs the statement for each part of the values, its IN list of as many marks. */
    private void each(List<Object> values, Function<String, String> statement) {
        for (List<Object> part : parts(values)) {
            jdbc.update(statement.apply(marks(part)), part.toArray());
        }
    }

    private static List<List<Object>> parts(List<Object> values) {
        List<List<Object>> parts = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_LIST) {
            parts.add(values.subList(from, Math.min(values.size(), from + IN_LIST)));
        }
        return parts;
    }

    private static String marks(List<Object> part) {
        return String.join(", ", Collections.nCopies(part.size(), "?"));
    }
}
