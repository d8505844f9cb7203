package fi.kanta.run;

/**
 * Something to keep current when a run's job ends, however it ended (done, stopped after its selection,
 * failed), in the process that ran it: the run's result against its holdout is written here
 * ({@code report/KeptResults}). A failure is logged and leaves the run's own outcome as it was.
 */
public interface AfterRun {

    void afterRun(String campaign, String runKey);
}
