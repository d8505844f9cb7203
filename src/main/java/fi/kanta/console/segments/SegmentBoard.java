package fi.kanta.console.segments;

import fi.kanta.lists.ListExport;
import fi.kanta.lists.ListExports;
import fi.kanta.segment.CustomerQuery;
import fi.kanta.segment.SegmentCounts;
import fi.kanta.segment.SegmentSql;
import fi.kanta.segment.Segments;
import fi.kanta.shop.ShopSettings;
import fi.kanta.sql.Sql;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The named segments of {@code jobs/segments.yml} as the console shows them: each one's size and
 * how long counting it took ({@link SegmentCounts}, as {@code kanta segments}), its definition as
 * written, a sample of its members, and its export ({@link ListExports}, as {@code kanta export
 * segment}).
 */
@Service
public class SegmentBoard {

    private static final int SAMPLE = 10;

    private final SegmentCounts counts;
    private final Segments segments;
    private final CustomerQuery customers;
    private final ListExports exports;
    private final ShopSettings shop;
    private final JdbcTemplate jdbc;

    SegmentBoard(SegmentCounts counts, Segments segments, CustomerQuery customers, ListExports exports, ShopSettings shop,
            JdbcTemplate jdbc) {
        this.counts = counts;
        this.segments = segments;
        this.customers = customers;
        this.exports = exports;
        this.shop = shop;
        this.jdbc = jdbc;
    }

    /** One member in the sample: the shop's id, the first name and the city (no address or email on the page). */
    public record Member(String customer, String firstName, String city) {
    }

    /** A segment's page: its size, how long the count took, its text in segments.yml and the first members by id. */
    public record SegmentPage(String name, String description, long members, long countMillis, String definition,
            List<Member> sample) {
    }

    public List<SegmentCounts.SegmentCount> all() {
        return counts.countAll();
    }

    public SegmentPage page(String name) {
        SegmentCounts.SegmentCount count = counts.count(name);
        String text = segments.definition(name).text();
        LocalDate today = LocalDate.now(shop.timeZone());
        Sql query = Sql.of("SELECT c.external_id, c.first_name, c.city")
                .plus(CustomerQuery.from(SegmentSql.sources(count.segment().filter()), customers.newestScoreDate()))
                .plus(" WHERE ").plus(SegmentSql.where(count.segment().filter(), today))
                .plus(" ORDER BY c.id FETCH FIRST " + SAMPLE + " ROWS ONLY");
        List<Member> sample = jdbc.query(query.text(), (row, n) -> new Member(row.getString(1), nullToEmpty(row.getString(2)),
                nullToEmpty(row.getString(3))), query.args());
        return new SegmentPage(name, count.segment().description(), count.members(), count.queryMillis(), text, sample);
    }

    /** The segment's members Kanta may contact, as .xlsx or CSV under out/exports/. */
    public ListExport.Written export(String name, boolean csv) {
        return exports.segment(name, false, new ListExports.Format(List.of(), csv, false, Optional.empty()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
