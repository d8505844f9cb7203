package fi.kanta.erasure;

import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The log of data-subject requests (access, portability, erasure, objection) with the day each is
 * due: one month after it was received (GDPR art. 12(3)). An open request knows whose it is; once
 * answered it keeps only what was asked, when, by whom it was handled and when it was answered.
 */
@Service
public class DataSubjectRequests {

    /** What the customer asked for. */
    public enum Kind { ACCESS, PORTABILITY, ERASURE, OBJECTION }

    /** One request as the log lists it; never whose it is. */
    public record Request(long id, Kind kind, LocalDateTime receivedAt, LocalDate dueOn, String requestedBy,
                          LocalDateTime doneAt, String receiptId) {

        public boolean open() {
            return doneAt == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DataSubjectRequests(JdbcTemplate jdbc, ShopSettings shop) {
        this.jdbc = jdbc;
        this.clock = Clock.system(shop.timeZone());
    }

    /** Records a request received now from the customer with the shop's id; returns its number. */
    public long received(Kind kind, String externalId, String requestedBy) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
        if (ids.isEmpty()) {
            throw new SaidError("customer.none", externalId);
        }
        return received(kind, ids.get(0), requestedBy);
    }

    /** Records a request received now, to be answered within a month; returns its number. */
    public long received(Kind kind, long customerId, String requestedBy) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        jdbc.update("INSERT INTO data_subject_request (kind, received_at, due_on, requested_by, customer_id) VALUES (?, ?, ?, ?, ?)",
                kind.name(), Timestamp.valueOf(now), Date.valueOf(now.toLocalDate().plusMonths(1)), by(requestedBy), customerId);
        return jdbc.queryForObject("SELECT MAX(id) FROM data_subject_request WHERE customer_id = ? AND kind = ?", Long.class,
                customerId, kind.name());
    }

    /** Records a request answered as it was made (a copy handed over at once). */
    public void answeredAtOnce(Kind kind, String requestedBy) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        jdbc.update("INSERT INTO data_subject_request (kind, received_at, due_on, requested_by, done_at) VALUES (?, ?, ?, ?, ?)",
                kind.name(), Timestamp.valueOf(now), Date.valueOf(now.toLocalDate().plusMonths(1)), by(requestedBy),
                Timestamp.valueOf(now));
    }

    /** Marks request {@code id} answered; from then on the log no longer knows whose it was. */
    public void answered(long id) {
        if (jdbc.update("UPDATE data_subject_request SET done_at = ?, customer_id = NULL WHERE id = ? AND done_at IS NULL",
                Timestamp.valueOf(LocalDateTime.now(clock).withNano(0)), id) == 0) {
            throw new SaidError("requests.none-open", String.valueOf(id));
        }
    }

    /** The open requests, the soonest due first, then those answered in the last 12 months, the latest first. */
    public List<Request> list() {
        Timestamp yearAgo = Timestamp.valueOf(LocalDateTime.now(clock).minusMonths(12));
        return jdbc.query("SELECT id, kind, received_at, due_on, requested_by, done_at, receipt_id FROM data_subject_request"
                + " WHERE done_at IS NULL OR done_at >= ?"
                + " ORDER BY CASE WHEN done_at IS NULL THEN 0 ELSE 1 END, due_on, done_at DESC, id",
                (rs, n) -> new Request(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getDate(4).toLocalDate(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime(), rs.getString(7)), yearAgo);
    }

    /** Today in the shop's zone, for saying which open requests are overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String by(String requestedBy) {
        String by = requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy.strip();
        return by.length() > 100 ? by.substring(0, 100) : by;
    }
}
