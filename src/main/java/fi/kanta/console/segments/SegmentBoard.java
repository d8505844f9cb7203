package fi.kanta.console.segments;

import fi.kanta.lists.ListExport;
import fi.kanta.lists.ListExports;
import fi.kanta.segment.CustomerQuery;
import fi.kanta.segment.Filter;
import fi.kanta.segment.SegmentDefinition;
import fi.kanta.segment.SegmentSizes;
import fi.kanta.segment.SegmentSql;
import fi.kanta.segment.Segments;
import fi.kanta.shop.ShopSettings;
import fi.kanta.sql.Sql;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The named segments of {@code jobs/segments.yml} as the console shows them: each one's size as the
 * last scoring or a count on request kept it ({@link SegmentSizes}; {@code kanta segments} counts them
 * live with {@code SegmentCounts}), its definition as written, a sample of its
 * members, and its export ({@link ListExports}, as {@code kanta export
 * segment}).
 */
@Service
public class SegmentBoard {

    private static final int SAMPLE = 10;

    private final SegmentSizes sizes;
    private final Segments segments;
    private final CustomerQuery customers;
    private final ListExports exports;
    private final ShopSettings shop;
    private final JdbcTemplate jdbc;

    SegmentBoard(SegmentSizes sizes, Segments segments, CustomerQuery customers, ListExports exports,
            ShopSettings shop, JdbcTemplate jdbc) {
        this.sizes = sizes;
        this.segments = segments;
        this.customers = customers;
        this.exports = exports;
        this.shop = shop;
        this.jdbc = jdbc;
    }

    /** One member in the sample: the shop's id, the first name and the city (no address or email on the page). */
    public record Member(String customer, String firstName, String city) {
    }

    /**
     * A segment's page: its size, how long the count took, its text in segments.yml and the first
     * members by id.
     *
     * @param keptAt when the size shown was counted, if it is a kept one (shop time); empty when counted for this page
     */
    public record SegmentPage(String name, String description, long members, long countMillis, Optional<LocalDateTime> keptAt,
            String definition, List<Member> sample) {
    }

    /** Every named segment with its kept size (none counted here: a segment without one says so, with a link to count it). */
    public List<SegmentSizes.Kept> all() {
        return sizes.keptAll();
    }

    /**
     * The segment's page with its kept size ({@link SegmentSizes}) while its definition is unchanged,
     * or, when there is none or {@code countNow}, counted now (and kept for the next page).
     */
    public SegmentPage page(String name, boolean countNow) {
        SegmentDefinition definition = segments.definition(name);
        Optional<SegmentSizes.Size> kept = countNow ? Optional.empty() : sizes.kept(name);
        SegmentSizes.Size size = kept.orElseGet(() -> sizes.count(name));
        LocalDate today = LocalDate.now(shop.timeZone());
        Filter filter = definition.segment().filter();
        Sql query = Sql.of("SELECT c.external_id, c.first_name, c.city")
                .plus(CustomerQuery.from(SegmentSql.sources(filter), customers.newestScoreDate()))
                .plus(" WHERE ").plus(SegmentSql.where(filter, today))
                .plus(" ORDER BY c.id FETCH FIRST " + SAMPLE + " ROWS ONLY");
        List<Member> sample = jdbc.query(query.text(), (row, n) -> new Member(row.getString(1), nullToEmpty(row.getString(2)),
                nullToEmpty(row.getString(3))), query.args());
        return new SegmentPage(name, definition.segment().description(), size.members(), size.queryMillis(),
                kept.map(SegmentSizes.Size::countedAt), definition.text(), sample);
    }

    /** The segment's members Kanta may contact, as .xlsx or CSV under out/exports/. */
    public ListExport.Written export(String name, boolean csv) {
        return exports.segment(name, false, new ListExports.Format(List.of(), csv, false, Optional.empty()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
