package fi.kanta.erasure;

import fi.kanta.customer.PersonKey;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of an erasure, in one transaction that also marks the erasure DONE: either
 * every row about the person is gone or none is (and the erasure, still STARTED, runs again).
 * A table that gains personal data (a customer id, an address, a free text) must be added here.
 */
@Component
class PersonalRows {

    /** What the database holds of the person to erase (read before anything is removed). */
    record Person(long id, String externalId, String firstName, String lastName, String email, String emailKey, String phone,
                  String street, String postalCode, String country, String personKey) {

        Traces traces() {
            return new Traces(externalId, email, firstName, lastName, phone, street);
        }
    }

    /** An erasure begun (state STARTED): its row, receipt and when it was asked for (shop time). */
    record Started(long id, String receiptId, LocalDateTime erasedAt, String requestedBy) {

        /** The id the person's purchases and outbox rows are kept under: negative, so no customer has it and scores leave it out. */
        long surrogate() {
            return -id;
        }
    }

    private final JdbcTemplate jdbc;

    PersonalRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer row's personal values, or null when there is no such customer. */
    Person person(long customerId) {
        List<Person> found = jdbc.query("SELECT c.id, c.external_id, c.first_name, c.last_name, c.email, c.email_key, c.phone,"
                + " c.street, c.postal_code, c.country, CASE WHEN c.address_key IS NULL THEN NULL ELSE " + PersonKey.SQL + " END"
                + " FROM customer c WHERE c.id = ?", (rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11)), customerId);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Removes the person: their own rows are deleted; purchases and outbox rows are kept for the
     * shop's totals and reports under {@code surrogate} (a negative id no customer has), without
     * anything personal; values the import kept of their rows are deleted by value.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remove(Person person, Started erasure, boolean keepPurchases, LocalDateTime now) {
        long id = person.id();
        long erasureId = erasure.id();
        long surrogate = erasure.surrogate();
        if (keepPurchases) {
            jdbc.update("UPDATE purchase SET customer_id = ? WHERE customer_id = ?", surrogate, id);
        } else {
            jdbc.update("DELETE FROM purchase WHERE customer_id = ?", id);
        }
        // tombstones: status, channel, group, ranking and offer code stay for the reports; nothing that
        // says who (the address key, the server's reply, which may quote the address, the profile)
        jdbc.update("UPDATE campaign_recipient SET customer_id = ?, address_key = ?, favourite_category = NULL,"
                + " last_purchase = NULL, detail = NULL, status = CASE WHEN status = 'SENDING' THEN 'UNCONFIRMED' ELSE status END"
                + " WHERE customer_id = ?", surrogate, "erased-" + erasureId, id);
        for (String table : List.of("feedback", "customer_score", "customer_interest", "customer_preference", "consent_newest",
                "consent", "suppression_lifted", "preference_short_code", "preference_passcode")) {
            jdbc.update("DELETE FROM " + table + " WHERE customer_id = ?", id);
        }
        if (person.emailKey() != null) {
            jdbc.update("DELETE FROM suppression WHERE email_key = ?", person.emailKey());
            jdbc.update("DELETE FROM suppression_lifted WHERE email_key = ?", person.emailKey());
            // the address is the erased person's: another customer row with it (a shared mailbox)
            // keeps its letters but loses the address, so no campaign reaches it again
            jdbc.update("UPDATE customer SET email = NULL, email_key = NULL, updated_at = ? WHERE email_key = ? AND id <> ?",
                    Timestamp.valueOf(now), person.emailKey(), id);
        }
        if (person.personKey() != null) {
            jdbc.update("DELETE FROM suppression WHERE person_key = ?", person.personKey());
            // another row of the same person (same name at the same address) is not contacted again
            jdbc.update("INSERT INTO suppression (customer_id, reason, suppressed_at, source) SELECT c.id, 'ERASED', ?, 'erasure'"
                    + " FROM customer c WHERE c.id <> ? AND c.address_key IS NOT NULL AND " + PersonKey.SQL + " = ?",
                    Timestamp.valueOf(now), id, person.personKey());
        }
        jdbc.update("DELETE FROM suppression WHERE customer_id = ?", id);
        removeImportValues(person);
        jdbc.update("DELETE FROM customer WHERE id = ?", id);
        // the request log keeps that an erasure was asked for and done, never for whom
        Timestamp at = Timestamp.valueOf(now);
        int asked = jdbc.update("UPDATE data_subject_request SET customer_id = NULL, done_at = ?, receipt_id = ? WHERE customer_id = ?"
                + " AND kind = 'ERASURE' AND done_at IS NULL", at, erasure.receiptId(), id);
        if (asked == 0) {
            jdbc.update("INSERT INTO data_subject_request (kind, received_at, due_on, requested_by, done_at, receipt_id)"
                    + " VALUES ('ERASURE', ?, ?, ?, ?, ?)", Timestamp.valueOf(erasure.erasedAt()),
                    java.sql.Date.valueOf(erasure.erasedAt().toLocalDate().plusMonths(1)), erasure.requestedBy(), at, erasure.receiptId());
        }
        // other requests of theirs still open (access, objection) are answered by the erasure
        jdbc.update("UPDATE data_subject_request SET customer_id = NULL, done_at = ? WHERE customer_id = ?", at, id);
        jdbc.update("UPDATE erasure SET state = 'DONE', customer_id = NULL WHERE id = ?", erasureId);
    }

    /**
     * The values rejected or corrected rows of their imports kept: a value that is their email
     * address, phone number, name or street, or their customer id.
     */
    private void removeImportValues(Person person) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new java.util.ArrayList<>();
        if (person.emailKey() != null) {
            where.append(" OR LOWER(value) LIKE ? ESCAPE '\\'");
            args.add("%" + like(person.emailKey()) + "%");
        }
        if (person.phone() != null) {
            where.append(" OR value LIKE ? ESCAPE '\\'");
            args.add("%" + like(person.phone()) + "%");
        }
        for (String whole : new String[] {person.externalId(), person.street(), person.lastName(),
            person.firstName() == null || person.lastName() == null ? null : person.firstName() + " " + person.lastName()}) {
            if (whole != null && !whole.isBlank()) {
                where.append(" OR LOWER(TRIM(value)) = ?");
                args.add(whole.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (args.isEmpty()) {
            return;
        }
        for (String table : List.of("import_reject", "import_warning")) {
            jdbc.update("DELETE FROM " + table + " WHERE value IS NOT NULL AND (1 = 0" + where + ")", args.toArray());
        }
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
