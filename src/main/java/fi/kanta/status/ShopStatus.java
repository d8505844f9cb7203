package fi.kanta.status;

import fi.kanta.KantaHome;
import fi.kanta.run.RunLeases;
import fi.kanta.customer.CustomerData;
import fi.kanta.shop.ShopSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What the database holds and how the latest imports and campaign runs went ({@code kanta status}, the console's start page). */
@Service
public class ShopStatus {

    private final JdbcTemplate jdbc;
    private final KantaHome home;
    private final RunLeases leases;
    private final ZoneId shopZone;

    public ShopStatus(JdbcTemplate jdbc, KantaHome home, RunLeases leases, ShopSettings shop) {
        this.jdbc = jdbc;
        this.home = home;
        this.leases = leases;
        this.shopZone = shop.timeZone();
    }

    /**
     * The status now; every time in the shop's time zone ({@code kanta.shop.time-zone}).
     *
     * @param database   the database's address, without its settings
     * @param scores     the newest complete score snapshot, if any
     * @param imports    the ten latest imports, newest first
     * @param runs       the ten latest campaign runs, their recipients by status
     * @param unfinished runs left STARTED: still running, or stale (their process died) and waiting to be resumed
     */
    public record Status(Path home, String database, List<CustomerData.Count> data, Optional<Scores> scores,
                         List<ImportRun> imports, List<RunRecipients> runs, List<RunLeases.Unfinished> unfinished) {
    }

    /** A score snapshot: its day and how many customers it scored. */
    public record Scores(java.time.LocalDate asOf, long customers) {
    }

    /**
     * One import: when it started (shop time), how it ended, the kind of data, the rows it read, its
     * file, the attempt at it and the rows it rejected (in its reject report).
     */
    public record ImportRun(LocalDateTime started, String status, String kind, long rows, String file, long attempt, long rejects) {
    }

    /** A campaign run's recipients in one status; {@code selectedAt} in shop time. */
    public record RunRecipients(LocalDateTime selectedAt, String run, String status, long customers) {
    }

    public Status now() throws SQLException {
        String url;
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        return new Status(home.home(), url.replaceAll(";.*", ""), CustomerData.counts(jdbc), scores(), imports(), runs(),
                unfinished());
    }

    /** The unfinished runs, their heartbeats moved into shop time. */
    private List<RunLeases.Unfinished> unfinished() {
        return leases.unfinished().stream().map(run -> new RunLeases.Unfinished(run.run(), run.owner(), inShopZone(run.heartbeat()),
                run.stale(), inShopZone(run.staleAfter()))).toList();
    }

    /** The newest complete score snapshot, from the score run's own small table. */
    public Optional<Scores> scores() {
        // the newest complete snapshot: score_fit rows are written last
        return jdbc.queryForList("SELECT f.as_of, MAX(f.customers) AS customers FROM score_fit f"
                + " WHERE f.as_of = (SELECT MAX(as_of) FROM score_fit) GROUP BY f.as_of").stream().findFirst()
                .map(row -> new Scores(((java.sql.Date) row.get("as_of")).toLocalDate(), number(row, "customers")));
    }

    /** The ten latest imports, newest first. */
    public List<ImportRun> imports() {
        return jdbc.queryForList("""
                SELECT e.start_time, e.status, k.parameter_value AS kind, f.parameter_value AS file,
                       s.read_count, e.exit_message, a.parameter_value AS attempt,
                       (SELECT COUNT(DISTINCT r.line) FROM import_reject r WHERE r.import_id = i.job_instance_id) AS rejects
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = 'importJob'
                LEFT JOIN batch_job_execution_params k ON k.job_execution_id = e.job_execution_id AND k.parameter_name = 'kind'
                LEFT JOIN batch_job_execution_params f ON f.job_execution_id = e.job_execution_id AND f.parameter_name = 'file'
                LEFT JOIN batch_job_execution_params a ON a.job_execution_id = e.job_execution_id AND a.parameter_name = 'attempt'
                LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id AND s.step_name = 'importStep'
                ORDER BY e.job_execution_id DESC FETCH FIRST 10 ROWS ONLY
                """).stream().map(row -> new ImportRun(batchTimeInShopZone(row.get("start_time")),
                String.valueOf(row.get("status")), String.valueOf(row.get("kind")).toLowerCase(), number(row, "read_count"),
                String.valueOf(row.get("file")), row.get("attempt") == null ? 1 : Long.parseLong(String.valueOf(row.get("attempt"))),
                number(row, "rejects")))
                .toList();
    }

    private List<RunRecipients> runs() {
        return jdbc.queryForList("""
                SELECT u.campaign, u.run_key, u.selected_at, r.status, COUNT(*) AS customers
                FROM campaign_run u JOIN campaign_recipient r ON r.run_id = u.id
                WHERE u.id IN (SELECT id FROM campaign_run ORDER BY selected_at DESC, id DESC FETCH FIRST 10 ROWS ONLY)
                GROUP BY u.id, u.campaign, u.run_key, u.selected_at, r.status
                ORDER BY u.selected_at DESC, u.campaign, r.status
                """).stream().map(row -> new RunRecipients(((Timestamp) row.get("selected_at")).toLocalDateTime(),
                row.get("campaign") + "/" + row.get("run_key"), String.valueOf(row.get("status")), number(row, "customers"))).toList();
    }

    /**
     * Spring Batch writes its times as this JVM's local time (UTC on most servers); a run's selection
     * time is already shop time (the campaign's clock), so only these need moving.
     */
    private LocalDateTime batchTimeInShopZone(Object time) {
        return time == null ? null : inShopZone(((Timestamp) time).toLocalDateTime());
    }

    private LocalDateTime inShopZone(LocalDateTime jvmLocalTime) {
        return jvmLocalTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(shopZone).toLocalDateTime();
    }

    private static long number(Map<String, Object> row, String column) {
        return row.get(column) == null ? 0L : ((Number) row.get(column)).longValue();
    }
}
