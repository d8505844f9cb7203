package fi.kanta.preferences;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@link HeldData} for one customer: the customer row, the whole consent history, the choices,
 * the outbox rows of the last 12 months that reached them (sent, printed, or handed over without an
 * answer) and the feedback answers.
 */
@Component
public class CustomerRecords {

    private static final List<String> REACHED = List.of("SENT", "PRINTED", "UNCONFIRMED");

    private final JdbcTemplate jdbc;
    private final ChoiceSaving choices;

    public CustomerRecords(JdbcTemplate jdbc, ChoiceSaving choices) {
        this.jdbc = jdbc;
        this.choices = choices;
    }

    /** What the shop holds; empty when the customer no longer exists. */
    public Optional<HeldData> held(long customerId, LocalDate today) {
        Optional<HeldData.Person> person = jdbc.query("SELECT external_id, first_name, last_name, email, phone, street, postal_code,"
                + " city, country, language, customer_since FROM customer WHERE id = ?", (row, n) -> new HeldData.Person(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                        row.getDate(11) == null ? null : row.getDate(11).toLocalDate()), customerId).stream().findFirst();
        return person.map(who -> new HeldData(who,
                jdbc.query("SELECT channel, granted, given_at, source FROM consent WHERE customer_id = ? ORDER BY channel, given_at, id",
                        (row, n) -> new HeldData.ConsentRow(row.getString(1), row.getBoolean(2), time(row.getTimestamp(3)),
                                row.getString(4)), customerId),
                choices.read(customerId),
                jdbc.query("SELECT r.campaign, x.channel, x.status_at, x.offer_code FROM campaign_recipient x"
                        + " JOIN campaign_run r ON r.id = x.run_id WHERE x.customer_id = ? AND x.status IN (?, ?, ?) AND x.status_at >= ?"
                        + " ORDER BY x.status_at DESC", (row, n) -> new HeldData.Contact(row.getString(1), row.getString(2),
                                time(row.getTimestamp(3)), row.getString(4)), customerId, REACHED.get(0), REACHED.get(1), REACHED.get(2),
                        Timestamp.valueOf(today.minusMonths(12).atStartOfDay())),
                jdbc.query("SELECT campaign, score, comment, answered_at FROM feedback WHERE customer_id = ? ORDER BY answered_at DESC",
                        (row, n) -> new HeldData.Answer(row.getString(1), row.getInt(2), row.getString(3), time(row.getTimestamp(4))),
                        customerId)));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
