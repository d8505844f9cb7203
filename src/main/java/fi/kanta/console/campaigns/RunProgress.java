package fi.kanta.console.campaigns;

import fi.kanta.run.RunStates.RunState;
import java.util.List;
import java.util.Optional;

/**
 * A run as its page shows it while it works: where it stands in the job repository, how many of
 * its messages are claimed, sent and failed of the total (the holdout is never sent, so not in the
 * total), why messages failed, and what the console's launch of it ended with.
 *
 * @param total     messages to send or print: every outbox row but the holdout
 * @param claimed   being sent now (SENDING)
 * @param sent      sent, or letters printed
 * @param failed    failed, bounced or unconfirmed
 * @param withdrawn no longer allowed when claimed
 * @param pending   not yet claimed
 */
public record RunProgress(Optional<RunState> state, long total, long claimed, long sent, long failed, long withdrawn,
        long pending, long holdout, List<Failure> failures, Optional<RunsInBackground.Ending> ending) {

    /** Messages that failed for one reason: the status and the server's answer (or the problem met). */
    public record Failure(String channel, String status, String reason, long messages) {
    }

    /** Share of the total that has its answer (sent, failed or withdrawn), 0 to 100. */
    public int percentDone() {
        return total == 0 ? 0 : (int) Math.min(100, (sent + failed + withdrawn) * 100 / total);
    }

    /** Still working: the page keeps watching. */
    public boolean going() {
        return state.map(RunState::running).orElse(false) && !state.get().stale()
                || ending.map(RunsInBackground.Ending::going).orElse(false);
    }
}
