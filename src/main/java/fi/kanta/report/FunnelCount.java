package fi.kanta.report;

/** One row of a run's funnel: a stage ("segment", a removing stage, "target", "holdout"), its channel ("-" before one is chosen), customers. */
public record FunnelCount(String stage, String channel, long customers) {
}
