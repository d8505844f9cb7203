/**
 * Campaign runs, the top of the campaign packages: {@link fi.kanta.run.CampaignRuns} launches
 * (claiming the launch so one process starts a run), dry-runs and resumes runs (taking over stale
 * ones, see {@link fi.kanta.run.RunLeases}) and answers with a {@link fi.kanta.run.Launch} or
 * {@link fi.kanta.run.DryRun}; the campaign job is wired here from the selection step and the
 * outbox's delivery steps. What a run has to say on the way goes to {@link fi.kanta.progress.Progress}.
 */
package fi.kanta.run;
