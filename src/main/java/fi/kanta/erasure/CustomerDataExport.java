package fi.kanta.erasure;

import fi.kanta.erasure.CustomerDataCopy.Consent;
import fi.kanta.erasure.CustomerDataCopy.Contact;
import fi.kanta.erasure.CustomerDataCopy.Customer;
import fi.kanta.erasure.CustomerDataCopy.Feedback;
import fi.kanta.erasure.CustomerDataCopy.Line;
import fi.kanta.erasure.CustomerDataCopy.Preferences;
import fi.kanta.erasure.CustomerDataCopy.Purchase;
import fi.kanta.erasure.CustomerDataCopy.Score;
import fi.kanta.erasure.CustomerDataCopy.Suppression;
import fi.kanta.shop.ShopSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's data as they may ask for it ({@link CustomerDataCopy}), read in one go, and as
 * JSON for them to take elsewhere. Reading a copy is not logged here: the door that hands it over
 * records the request ({@link DataSubjectRequests}).
 */
@Service
public class CustomerDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CustomerDataExport(JdbcTemplate jdbc, ShopSettings shop) {
        this.jdbc = jdbc;
        this.clock = Clock.system(shop.timeZone());
    }

    /** The customer's data by the shop's id; empty when there is no such customer (never was, or erased). */
    public Optional<CustomerDataCopy> byExternalId(String externalId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
        return ids.isEmpty() ? Optional.empty() : byId(ids.get(0));
    }

    /** The customer's data by Kanta's own id (a signed link's); empty when there is no such customer. */
    public Optional<CustomerDataCopy> byId(long id) {
        List<Customer> customers = jdbc.query("SELECT external_id, first_name, last_name, email, phone, street, postal_code, city,"
                + " country, language, customer_since, birth_month, birth_day, created_at, updated_at FROM customer WHERE id = ?",
                (rs, n) -> new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), date(rs, 11),
                        integer(rs, 12), integer(rs, 13), time(rs, 14), time(rs, 15)), id);
        if (customers.isEmpty()) {
            return Optional.empty();
        }
        List<Preferences> preferences = jdbc.query("SELECT no_offers, no_profiling, max_per_30_days, language, changed_at, source"
                + " FROM customer_preference WHERE customer_id = ?", (rs, n) -> new Preferences(rs.getBoolean(1), rs.getBoolean(2),
                integer(rs, 3), rs.getString(4), time(rs, 5), rs.getString(6)), id);
        boolean profiled = preferences.isEmpty() || !preferences.get(0).noProfiling();
        List<Score> scores = !profiled ? List.of() : jdbc.query("SELECT as_of, rfm_segment, rfm_code, p_alive, expected_purchases_90d,"
                + " clv_12m, favourite_category FROM customer_score WHERE customer_id = ? ORDER BY as_of DESC",
                (rs, n) -> new Score(date(rs, 1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                        rs.getString(7)), id);
        return Optional.of(new CustomerDataCopy(LocalDateTime.now(clock).withNano(0), customers.get(0),
                jdbc.query("SELECT channel, granted, given_at, source FROM consent WHERE customer_id = ? ORDER BY given_at, id",
                        (rs, n) -> new Consent(rs.getString(1), rs.getBoolean(2), time(rs, 3), rs.getString(4)), id),
                preferences.isEmpty() ? null : preferences.get(0),
                jdbc.queryForList("SELECT category FROM customer_interest WHERE customer_id = ? ORDER BY category", String.class, id),
                jdbc.query("SELECT s.reason, s.suppressed_at, s.source FROM suppression s WHERE s.customer_id = ? OR s.email_key ="
                        + " (SELECT c.email_key FROM customer c WHERE c.id = ?) ORDER BY s.suppressed_at",
                        (rs, n) -> new Suppression(rs.getString(1), time(rs, 2), rs.getString(3)), id, id),
                purchases(id),
                jdbc.query("SELECT u.campaign, u.run_key, u.selected_at, r.channel, r.recipient_group, r.status, r.status_at, r.offer_code"
                        + " FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id WHERE r.customer_id = ?"
                        + " ORDER BY u.selected_at, u.id", (rs, n) -> new Contact(rs.getString(1), rs.getString(2), time(rs, 3),
                        rs.getString(4), rs.getString(5), rs.getString(6), time(rs, 7), rs.getString(8)), id),
                jdbc.query("SELECT campaign, run_key, score, comment, answered_at FROM feedback WHERE customer_id = ? ORDER BY answered_at",
                        (rs, n) -> new Feedback(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), time(rs, 5)), id),
                scores.isEmpty() ? null : scores.get(0)));
    }

    /** The customer's purchases, each with its order lines (none when the shop imports no order lines). */
    private List<Purchase> purchases(long id) {
        Map<String, List<Line>> lines = new HashMap<>();
        jdbc.query("SELECT l.order_id, l.sku, p.name, l.quantity, l.price FROM order_line l JOIN purchase o ON o.order_id = l.order_id"
                + " LEFT JOIN product p ON p.sku = l.sku WHERE o.customer_id = ? ORDER BY l.order_id, l.line_no", rs -> {
                    lines.computeIfAbsent(rs.getString(1), order -> new ArrayList<>())
                            .add(new Line(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)));
                }, id);
        return jdbc.query("SELECT order_id, purchased_at, amount, currency, category, offer_code FROM purchase WHERE customer_id = ?"
                + " ORDER BY purchased_at, order_id", (rs, n) -> new Purchase(rs.getString(1), time(rs, 2),
                rs.getBigDecimal(3), rs.getString(4), rs.getString(5), rs.getString(6),
                List.copyOf(lines.getOrDefault(rs.getString(1), List.of()))), id);
    }

    /** The copy as JSON (UTF-8, indented). */
    public void writeJson(CustomerDataCopy copy, OutputStream out) {
        JSON.writeValue(out, copy);
    }

    /** The copy as a JSON file, written beside it first and moved into place. */
    public Path writeJson(CustomerDataCopy copy, Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".customer-", ".json");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    writeJson(copy, out);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
