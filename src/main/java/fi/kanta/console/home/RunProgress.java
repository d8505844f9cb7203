package fi.kanta.console.home;

/**
 * A run in progress, by its outbox: of {@code total} messages (the holdout left out), how many wait,
 * how many a sender has claimed and is sending now, how many went out (sent, or letters printed) and
 * how many failed (refused, bounced, or not known to have arrived).
 *
 * @param stale its process is gone: serve resumes it within a minute, or {@code kanta resume}
 */
public record RunProgress(String run, long total, long waiting, long claimed, long sent, long failed, boolean stale) {

    /** Done (sent or failed) in whole percent of the total, for the progress bar. */
    public int percentDone() {
        return total == 0 ? 100 : (int) ((sent + failed) * 100 / total);
    }
}
