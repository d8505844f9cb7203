package fi.kanta.segment;

import fi.kanta.segment.Filter.Bought;
import fi.kanta.segment.Filter.Combine;
import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.sql.Sql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Why one customer is not in a segment: each top-level condition evaluated for that customer alone,
 * with the customer's own value beside it ("days_since_last_purchase >= 180 is false (it is 42)").
 * One small query per condition, so a preview can name exactly what failed.
 */
@Component
public class SegmentReasons {

    private final JdbcTemplate jdbc;
    private final CustomerQuery customers;

    public SegmentReasons(JdbcTemplate jdbc, CustomerQuery customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** The conditions that leave the customer (by the shop's id) out, in the marketer's words; empty when none does. */
    public List<String> whyNot(Filter filter, String externalId, LocalDate today) {
        Optional<LocalDate> scoreDate = customers.newestScoreDate();
        Group top = filter instanceof Group group ? group : new Group(Combine.ALL, List.of(filter));
        List<String> reasons = new ArrayList<>();
        List<String> anyFailed = new ArrayList<>();
        for (Filter part : top.parts()) {
            Evaluated evaluated = evaluate(part, externalId, today, scoreDate);
            switch (top.combine()) {
                case ALL -> {
                    if (!evaluated.holds()) {
                        reasons.add(evaluated.says(false));
                    }
                }
                case NONE -> {
                    if (evaluated.holds()) {
                        reasons.add("none: " + evaluated.says(true));
                    }
                }
                case ANY -> {
                    if (evaluated.holds()) {
                        return List.of();
                    }
                    anyFailed.add(evaluated.says(false));
                }
            }
        }
        if (!anyFailed.isEmpty()) {
            reasons.add("none of \"any\" holds: " + String.join("; ", anyFailed));
        }
        return reasons;
    }

    private Evaluated evaluate(Filter part, String externalId, LocalDate today, Optional<LocalDate> scoreDate) {
        Sql value = valueOf(part, today);
        Sql query = Sql.of("SELECT CASE WHEN ").plus(SegmentSql.where(part, today)).plus(" THEN 1 ELSE 0 END, ").plus(value)
                .plus(CustomerQuery.from(SegmentSql.sources(part), scoreDate)).plus(" WHERE c.external_id = ?", externalId);
        return jdbc.query(query.text(), rs -> rs.next() ? new Evaluated(part, rs.getInt(1) == 1, rs.getObject(2)) : new Evaluated(part, false, null),
                query.args());
    }

    /** What the customer has for the condition: the field's value, or their newest purchase in the categories. */
    private static Sql valueOf(Filter part, LocalDate today) {
        if (part instanceof Condition condition) {
            return condition.field().sql();
        }
        if (part instanceof Bought bought) {
            Bought ever = new Bought(true, bought.categories(), OptionalInt.empty());
            return Sql.of("(SELECT CAST(MAX(b.purchased_at) AS DATE)").plus(SegmentSql.purchasesIn(ever, today)).plus(")");
        }
        return Sql.of("CAST(NULL AS VARCHAR(1))");
    }

    /** One condition for one customer: whether it holds, and the customer's own value. */
    private record Evaluated(Filter part, boolean holds, Object value) {

        String says(boolean truth) {
            String text = FilterText.of(part) + " is " + truth;
            if (part instanceof Condition) {
                return text + " (it is " + FilterText.value(value) + ")";
            }
            if (part instanceof Bought) {
                return text + (value == null ? " (never bought there)" : " (last bought there " + value + ")");
            }
            return text;
        }
    }
}
