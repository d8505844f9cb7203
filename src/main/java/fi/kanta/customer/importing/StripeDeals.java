package fi.kanta.customer.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@link RowStripes.Deal} of each running import, made when its first partition opens, with the
 * rows that earlier runs committed, and dropped when the run ends. The import's writer records the
 * rows of every chunk it commits ({@link #recordCommitted}).
 */
@Component
class StripeDeals implements JobExecutionListener {

    private final JdbcTemplate jdbc;
    private final Map<Long, RowStripes.Deal> running = new ConcurrentHashMap<>();

    StripeDeals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The deal of the job execution, shared by its partitions. */
    RowStripes.Deal of(JobExecution run, int stripeRows) {
        return running.computeIfAbsent(run.getId(), id -> new RowStripes.Deal(stripeRows, committed(importId(run))));
    }

    @Override
    public void afterJob(JobExecution run) {
        running.remove(run.getId());
    }

    /** Records, in the chunk's transaction, the rows (0-based, ascending) that the chunk imported or rejected. */
    static void recordCommitted(JdbcTemplate jdbc, long importId, long[] rows) {
        List<Object[]> ranges = new ArrayList<>();
        for (int start = 0, i = 1; i <= rows.length; i++) {
            if (i == rows.length || rows[i] != rows[i - 1] + 1) {
                ranges.add(new Object[] {importId, rows[start], rows[i - 1]});
                start = i;
            }
        }
        jdbc.batchUpdate("INSERT INTO import_committed (import_id, first_row, last_row) VALUES (?, ?, ?)", ranges);
    }

    private List<long[]> committed(long importId) {
        return jdbc.query("SELECT first_row, last_row FROM import_committed WHERE import_id = ? ORDER BY first_row",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)}, importId);
    }

    private static long importId(JobExecution run) {
        return run.getJobInstance().getInstanceId();
    }
}
