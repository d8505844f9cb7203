package fi.kanta.erasure;

import fi.kanta.words.Words;
import fi.kanta.customer.ErasedPeople;
import fi.kanta.erasure.PersonalRows.Person;
import fi.kanta.erasure.PersonalRows.Started;
import fi.kanta.progress.Progress;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Forgets customers at their request (docs/architecture.md "Erasure"), in an order that a crash
 * cannot spoil:
 * <ol>
 * <li>the erasure is recorded, STARTED, with the keyed hashes and the customer's internal id
 * (nothing that names them), and from then on imports refuse the person;</li>
 * <li>their PENDING outbox rows are withdrawn, and a message being sent to them at that moment is
 * waited for (SENDING until its outcome is recorded);</li>
 * <li>the files under {@code out/} and {@code inbox/} are cleaned, while the database still knows
 * the values to look for;</li>
 * <li>the rows are removed and the erasure marked DONE, in one transaction.</li>
 * </ol>
 * Erasing the same customer again after a crash finds the STARTED record and goes on from step 2;
 * each step finds nothing left of what it did before. The log says that an erasure happened, its
 * receipt, when and who asked, never whom.
 */
@Service
public class Erasures implements CustomerErasure {

    private static final Logger LOG = LoggerFactory.getLogger(Erasures.class);
    private static final String RECEIPT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ErasedPeople erased;
    private final PersonalRows rows;
    private final PersonalFiles files;
    private final Compaction compaction;
    private final java.util.concurrent.atomic.AtomicBoolean compactionOwed = new java.util.concurrent.atomic.AtomicBoolean();
    private final ErasureSettings settings;
    private final ShopSettings shop;
    private final Progress progress;
    private final ErasureLedger ledger;
    private final Clock clock;

    public Erasures(JdbcTemplate jdbc, ErasedPeople erased, PersonalRows rows, PersonalFiles files, Compaction compaction,
            ErasureSettings settings, ShopSettings shop, Progress progress, ErasureLedger ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.erased = erased;
        this.rows = rows;
        this.files = files;
        this.compaction = compaction;
        this.settings = settings;
        this.shop = shop;
        this.progress = progress;
        this.clock = Clock.system(shop.timeZone());
    }

    /**
     * Erases customer {@code customerId}. The database is not compacted here: serve's next round does
     * it ({@link #compactIfOwed}), so that erasures from the pages are compacted together, and within
     * minutes rather than nightly.
     */
    @Override
    public Receipt erase(long customerId, String reason, String requestedBy) {
        compactionOwed.set(true);
        List<Receipt> receipts = erase(List.of(customerId), reason, requestedBy);
        if (receipts.isEmpty()) {
            throw new SaidError("customer.erase.none", customerId);
        }
        return receipts.get(0);
    }

    /**
     * Erases a batch of customers (those of the ids that exist): each gets an erasure of their own,
     * the steps run once for the whole batch. Returns the receipts.
     */
    List<Receipt> erase(List<Long> customerIds, String reason, String requestedBy) {
        List<Person> people = rows.people(customerIds);
        if (people.isEmpty()) {
            return List.of();
        }
        List<Started> started = start(people, reason, requestedBy);
        withdrawAndWait(people.stream().map(Person::id).toList());
        Traces traces = new Traces();
        people.forEach(p -> traces.add(p.externalId(), p.email(), p.firstName(), p.lastName(), p.phone(), p.street()));
        PersonalFiles.Changes changed = files.remove(traces);
        changed.deleted().stream().filter(file -> !isPerPerson(file))
                .forEach(file -> progress.message(new Words(shop).text("erasure.file-deleted", file)));
        rows.remove(people, started, settings.purchases() == ErasureSettings.Purchases.KEEP, LocalDateTime.now(clock));
        // the batch's ledger lines in one query (one each took a round trip per person)
        List<ErasureLedger.Entry> done = entries("WHERE id IN (" + String.join(", ", java.util.Collections.nCopies(started.size(), "?"))
                + ") ORDER BY id", started.stream().map(e -> (Object) e.id()).toArray());
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Started erasure = started.get(i);
            receipts.add(new Receipt(erasure.receiptId(), people.get(i).externalId(),
                    erasure.erasedAt().atZone(shop.timeZone()).toInstant()));
            LOG.info("Erasure {} done: requested by {}", erasure.receiptId(), printable(requestedBy));
        }
        ledger.append(done);
        LOG.info("{} erasure(s): {} file(s) rewritten, {} deleted", people.size(), changed.rewritten().size(), changed.deleted().size());
        return receipts;
    }

    /** What erasing by the shop's ids did: a receipt per id (an id erased before gives its first receipt), the ids unknown. */
    public record Outcome(List<Receipt> receipts, List<String> unknown) {
    }

    /** Customers erased together: one walk over the files and one statement per table for each batch. */
    private static final int BATCH = 500;

    /**
     * Erases customers by the shop's ids, in batches, then compacts the database once, so no copy
     * of them remains in its files. An id erased before answers with its receipt; one never known
     * is listed.
     */
    public Outcome eraseAll(List<String> externalIds, String reason, String requestedBy) {
        if (reason != null && reason.length() > 500) {
            throw new SaidError("customer.erase.reason-long");
        }
        java.util.Map<String, Receipt> receipts = new java.util.HashMap<>();
        List<String> unknown = new ArrayList<>();
        int erasedNow = 0;
        if (externalIds.size() > BATCH) {
            compaction.freshStatistics();
        }
        for (int from = 0; from < externalIds.size(); from += BATCH) {
            List<String> part = externalIds.subList(from, Math.min(externalIds.size(), from + BATCH));
            List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE external_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")", Long.class, part.toArray());
            for (Receipt receipt : erase(ids, reason, requestedBy)) {
                receipts.put(receipt.externalId(), receipt);
            }
            erasedNow += ids.size();
            for (String externalId : part) {
                if (!receipts.containsKey(externalId)) {
                    Receipt before = receiptOf(externalId);
                    if (before != null) {
                        receipts.put(externalId, before);
                    } else {
                        unknown.add(externalId);
                    }
                }
            }
            if (externalIds.size() > BATCH) {
                progress.progress("erasing", Math.min(externalIds.size(), from + BATCH), 0, externalIds.size());
            }
        }
        if (erasedNow > 0) {
            compact();
        }
        return new Outcome(externalIds.stream().filter(receipts::containsKey).map(receipts::get).toList(), unknown);
    }

    /** The receipt of the erasure of the customer with this shop id, or null when they were never erased. */
    public Receipt receiptOf(String externalId) {
        List<Receipt> found = jdbc.query("SELECT receipt_id, erased_at FROM erasure WHERE external_id_hash = ? AND state = 'DONE'"
                + " ORDER BY erased_at", (rs, n) -> new Receipt(rs.getString(1), externalId,
                rs.getTimestamp(2).toLocalDateTime().atZone(shop.timeZone()).toInstant()),
                erased.hash(ErasedPeople.Kind.EXTERNAL_ID, externalId));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Rewrites the database files without the erased rows: HSQLDB's {@code CHECKPOINT DEFRAG}, or on
     * PostgreSQL a {@code VACUUM} of the tables an erasure touches.
     */
    public void compact() {
        compact(List.of());
    }

    /**
     * The same after rows were removed from other tables too (the nightly retention): on PostgreSQL
     * those are vacuumed with the erasure's; erasures owed a compaction are served by it.
     */
    public void compact(java.util.Collection<String> alsoTables) {
        compactionOwed.set(false);
        compaction.compact(alsoTables);
    }

    /** Compacts the database if a customer was erased in this process since it last was; whether it did. */
    public boolean compactIfOwed() {
        if (!compactionOwed.get()) {
            return false;
        }
        compact();
        return true;
    }

    /**
     * Lets an email address back in after a double opt-in the person confirmed themselves: the
     * erasures with that email key stop holding (for imports and campaigns). For the double opt-in
     * page to call once the confirmation is recorded. Returns how many erasures it forgave.
     */
    public int forgive(String emailKey) {
        int forgiven = erased.forgive(emailKey, LocalDateTime.now(clock));
        if (forgiven > 0) {
            LOG.info("{} erasure(s) forgiven after a confirmed double opt-in", forgiven);
        }
        return forgiven;
    }

    /** What erasing again after a restore did: the customer erased again, the new receipt, the first one's. */
    public record Reapplied(String externalId, String receiptId, String firstReceiptId) {
    }

    /**
     * Erases again every erased person found in the data (after a restore from a backup): the
     * ledger and the {@code erasure} table are first made to hold the same erasures (the ledger has
     * those made since the backup), then every customer is hashed and compared. A customer matching
     * by their shop id or by their name at their address is erased again; one sharing only an
     * erased email address loses the address. The database is compacted after.
     */
    public List<Reapplied> reapply() {
        java.util.Map<String, ErasureLedger.Entry> inTable = new java.util.HashMap<>();
        entries("WHERE state = 'DONE'").forEach(entry -> inTable.put(entry.receiptId(), entry));
        java.util.Set<String> inLedger = new java.util.HashSet<>();
        for (ErasureLedger.Entry entry : ledger.entries()) {
            inLedger.add(entry.receiptId());
            if (inTable.putIfAbsent(entry.receiptId(), entry) == null) {
                jdbc.update("INSERT INTO erasure (receipt_id, external_id_hash, email_hash, person_hash, erased_at, requested_by,"
                        + " reason, state) VALUES (?, ?, ?, ?, ?, ?, 'from the erasure ledger', 'DONE')", entry.receiptId(),
                        entry.externalIdHash(), entry.emailHash(), entry.personHash(), Timestamp.valueOf(entry.erasedAt()),
                        entry.requestedBy());
            }
        }
        ledger.append(inTable.values().stream().filter(entry -> !inLedger.contains(entry.receiptId())).toList());
        java.util.Map<String, String> receipts = new java.util.HashMap<>();
        java.util.Set<String> emails = new java.util.HashSet<>();
        for (ErasureLedger.Entry entry : inTable.values()) {
            receipts.putIfAbsent(entry.externalIdHash(), entry.receiptId());
            if (entry.personHash() != null) {
                receipts.putIfAbsent(entry.personHash(), entry.receiptId());
            }
            if (entry.emailHash() != null) {
                emails.add(entry.emailHash());
            }
        }
        List<Reapplied> again = new ArrayList<>();
        if (receipts.isEmpty()) {
            return again;
        }
        List<long[]> found = new ArrayList<>();
        List<String> firstReceipts = new ArrayList<>();
        List<Long> sharedMailboxes = new ArrayList<>();
        jdbc.query("SELECT c.id, c.external_id, c.email_key, CASE WHEN c.address_key IS NULL THEN NULL ELSE "
                + fi.kanta.customer.PersonKey.SQL + " END FROM customer c", rs -> {
            ErasedPeople.Hashes hashes = erased.hashes(rs.getString(2), rs.getString(3), rs.getString(4));
            String first = receipts.getOrDefault(hashes.externalId(),
                    hashes.person() == null ? null : receipts.get(hashes.person()));
            if (first != null) {
                found.add(new long[] {rs.getLong(1)});
                firstReceipts.add(first);
            } else if (hashes.email() != null && emails.contains(hashes.email())) {
                sharedMailboxes.add(rs.getLong(1));
            }
        });
        for (int i = 0; i < found.size(); i++) {
            for (Receipt receipt : erase(List.of(found.get(i)[0]), "erased again after a restore", "kanta erasures reapply")) {
                again.add(new Reapplied(receipt.externalId(), receipt.receiptId(), firstReceipts.get(i)));
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        sharedMailboxes.forEach(id -> jdbc.update("UPDATE customer SET email = NULL, email_key = NULL, updated_at = ? WHERE id = ?",
                now, id));
        if (!again.isEmpty() || !sharedMailboxes.isEmpty()) {
            compact();
        }
        return again;
    }

    private List<ErasureLedger.Entry> entries(String where, Object... args) {
        return jdbc.query("SELECT receipt_id, external_id_hash, email_hash, person_hash, erased_at, requested_by FROM erasure " + where,
                (rs, n) -> new ErasureLedger.Entry(rs.getString(1), rs.getString(2).strip(), trim(rs.getString(3)),
                        trim(rs.getString(4)), rs.getTimestamp(5).toLocalDateTime(), rs.getString(6)), args);
    }

    private static String trim(String hash) {
        return hash == null ? null : hash.strip();
    }

    /**
     * For each person (in their order) the STARTED erasure (a crashed one, to finish) or a new one.
     * The batch's new erasures are written in one transaction: a few statements for the whole
     * batch, not three round trips and a commit per person (the commits cost most of 10,000
     * erasures on PostgreSQL). All or none: a crash leaves either every one STARTED or none.
     */
    private List<Started> start(List<Person> people, String reason, String requestedBy) {
        java.util.Map<Long, Started> unfinished = new java.util.HashMap<>();
        String in = String.join(", ", java.util.Collections.nCopies(people.size(), "?"));
        jdbc.query("SELECT id, receipt_id, erased_at, requested_by, customer_id FROM erasure WHERE state = 'STARTED' AND customer_id IN ("
                + in + ") ORDER BY id", rs -> {
                    unfinished.putIfAbsent(rs.getLong(5), new Started(rs.getLong(1), rs.getString(2),
                            rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)));
                }, people.stream().map(p -> (Object) p.id()).toArray());
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String by = requestedBy == null || requestedBy.isBlank() ? "unknown" : cut(requestedBy.strip(), 100);
        String why = reason == null || reason.isBlank() ? null : cut(reason.strip(), 500);
        java.util.Map<Long, String> receipts = new java.util.HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Person person : people) {
            if (!unfinished.containsKey(person.id())) {
                ErasedPeople.Hashes hashes = erased.hashes(person.externalId(), person.emailKey(), person.personKey());
                String receipt = receiptId(now);
                receipts.put(person.id(), receipt);
                inserts.add(new Object[] {receipt, hashes.externalId(), hashes.email(), hashes.person(), Timestamp.valueOf(now), by, why,
                    person.id()});
            }
        }
        java.util.Map<String, Long> ids = rows.begin(inserts);
        return people.stream().map(person -> unfinished.containsKey(person.id()) ? unfinished.get(person.id())
                : new Started(ids.get(receipts.get(person.id())), receipts.get(person.id()), now, by)).toList();
    }

    /**
     * Withdraws the customer's PENDING outbox rows (a claim no longer finds them) and waits while a
     * message to them is SENDING: its outcome is recorded first, then the row is made a tombstone.
     * A row still SENDING after {@code kanta.erasure.sending-wait} belongs to a process that died;
     * its tombstone says UNCONFIRMED, as a restart of that run would.
     */
    private void withdrawAndWait(List<Long> customerIds) {
        String in = String.join(", ", java.util.Collections.nCopies(customerIds.size(), "?"));
        rows.withdraw(in, customerIds, LocalDateTime.now(clock));
        long deadline = System.nanoTime() + settings.sendingWait().toNanos();
        boolean told = false;
        while (sending(in, customerIds) && System.nanoTime() < deadline) {
            if (!told) {
                progress.message(new Words(shop).text("erasure.waiting-for-sending"));
                told = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a message being sent", e);
            }
        }
    }

    private boolean sending(String in, List<Long> customerIds) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENDING' AND customer_id IN ("
                + in + ")", Long.class, customerIds.toArray());
        return count != null && count > 0;
    }

    private static String receiptId(LocalDateTime now) {
        StringBuilder id = new StringBuilder("E-").append(now.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(RECEIPT_LETTERS.charAt(RANDOM.nextInt(RECEIPT_LETTERS.length())));
        }
        return id.toString();
    }

    /** An .eml or a preview page was one person's: deleting it needs no word; a shared file does. */
    private static boolean isPerPerson(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
