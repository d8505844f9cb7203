package fi.kanta.console.campaigns;

import fi.kanta.outbox.RecipientCounts;
import fi.kanta.run.RunStates;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A run's progress for its page, asked every few seconds while the run sends: the counts are the run's
 * kept counts (run_status_count), so a look costs the same however many customers the run reaches; the
 * failures read a page of the run's latest failed rows of each failed status, through the outbox's index
 * on (run, channel, status, ranking), and only for the statuses the kept counts say have rows.
 */
@Service
public class RunWatch {

    /** How many of a status's latest failed rows the page reads. */
    static final int LATEST = 100;

    /**
     * The latest failed rows of a run, channel and status, read backwards along campaign_recipient_status_ix
     * (bench/console-benchmark EXPLAINs it): at most {@value #LATEST} rows, however many failed.
     */
    public static final String FAILURES = "SELECT r.detail FROM campaign_recipient r WHERE r.run_id = ? AND r.channel = ? AND r.status = ?"
            + " ORDER BY r.ranking DESC FETCH FIRST " + LATEST + " ROWS ONLY";

    private static final List<String> FAILED = List.of("FAILED", "BOUNCED", "UNCONFIRMED");

    private final RecipientCounts counts;
    private final RunStates states;
    private final RunsInBackground launches;
    private final JdbcTemplate jdbc;

    RunWatch(RecipientCounts counts, RunStates states, RunsInBackground launches, JdbcTemplate jdbc) {
        this.counts = counts;
        this.states = states;
        this.launches = launches;
        this.jdbc = jdbc;
    }

    public RunProgress of(String campaign, String runKey) {
        long total = 0;
        long claimed = 0;
        long sent = 0;
        long failed = 0;
        long withdrawn = 0;
        long pending = 0;
        long holdout = 0;
        Optional<Long> runId = counts.runId(campaign, runKey);
        Optional<RunStates.RunState> state = states.of(campaign, runKey);
        boolean sending = state.map(s -> s.running() && !s.stale()).orElse(false);
        List<RecipientCounts.Count> kept = runId.map(id -> counts.kept(id, sending)).orElse(List.of());
        for (RecipientCounts.Count count : kept) {
            long n = count.customers();
            switch (count.status()) {
                case "HOLDOUT" -> holdout += n;
                case "SENDING" -> claimed += n;
                case "SENT", "PRINTED" -> sent += n;
                case "WITHDRAWN" -> withdrawn += n;
                case "PENDING" -> pending += n;
                default -> failed += FAILED.contains(count.status()) ? n : 0;
            }
            total += "HOLDOUT".equals(count.status()) ? 0 : n;
        }
        return new RunProgress(state, total, claimed, sent, failed, withdrawn, pending, holdout,
                runId.map(id -> failures(id, kept)).orElse(List.of()), launches.ending(campaign + "/" + runKey));
    }

    /**
     * The run's latest failed messages by channel, status and answer, most frequent first (at most ten
     * answers): only the failed statuses the kept counts hold are read, each at most {@value #LATEST} rows.
     */
    private List<RunProgress.Failure> failures(long runId, List<RecipientCounts.Count> kept) {
        java.util.Map<List<String>, Long> answers = new java.util.LinkedHashMap<>();
        for (RecipientCounts.Count count : kept) {
            if (FAILED.contains(count.status()) && count.customers() > 0) {
                for (String detail : jdbc.queryForList(FAILURES, String.class, runId, count.channel(), count.status())) {
                    answers.merge(List.of(count.channel(), count.status(), detail == null ? "" : detail), 1L, Long::sum);
                }
            }
        }
        return answers.entrySet().stream()
                .sorted(java.util.Map.Entry.<List<String>, Long>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().get(1)))
                .limit(10)
                .map(entry -> new RunProgress.Failure(entry.getKey().get(0), entry.getKey().get(1), entry.getKey().get(2), entry.getValue()))
                .toList();
    }
}
