package fi.kanta.report;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Net Promoter Score per month from the answers to the feedback question. Each question has one
 * row in {@code feedback}, its final answer (a later answer replaces the earlier one), so each
 * counts once, in the month it was last answered (shop time, as answers are stored).
 */
@Component
public class NpsReport {

    private final JdbcTemplate jdbc;

    public NpsReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The {@code count} months up to and including {@code last}, oldest first, each with its
     * answers (months without answers too); only {@code campaign}'s answers when given.
     */
    public List<NpsMonth> months(YearMonth last, int count, Optional<String> campaign) {
        YearMonth first = last.minusMonths(count - 1L);
        Map<YearMonth, NpsMonth> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, new NpsMonth(month, 0, 0, 0));
        }
        List<Object> args = new ArrayList<>(List.of(Timestamp.valueOf(first.atDay(1).atStartOfDay()),
                Timestamp.valueOf(last.plusMonths(1).atDay(1).atStartOfDay())));
        campaign.ifPresent(args::add);
        // days and scores, not months: a month of a timestamp is spelled differently on each database
        jdbc.query("SELECT CAST(answered_at AS DATE) AS answered_on, score, COUNT(*) AS answers FROM feedback"
                + " WHERE answered_at >= ? AND answered_at < ?" + (campaign.isPresent() ? " AND campaign = ?" : "")
                + " GROUP BY CAST(answered_at AS DATE), score", row -> {
                    YearMonth month = YearMonth.from(row.getDate("answered_on").toLocalDate());
                    months.put(month, months.get(month).plus(row.getInt("score"), row.getLong("answers")));
                }, args.toArray());
        return List.copyOf(months.values());
    }
}
