package fi.kanta.schedule;

import fi.kanta.UserError;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One look at the schedules (what {@code kanta serve} does every minute): launches every due run
 * ({@link CampaignSchedules} decides; {@link Schedules} has the rule) and resumes runs whose process died. A run that another
 * process or node already started is "already running" or "already done", not an error: the job
 * repository lets one launch of a (campaign, run key) through, which keeps a week's newsletter
 * single across schedulers.
 */
@Component
public class CampaignScheduler {

    private final CampaignSchedules schedules;
    private final CampaignRuns runs;
    private final RunAlerts alerts;

    public CampaignScheduler(CampaignSchedules schedules, CampaignRuns runs, RunAlerts alerts) {
        this.schedules = schedules;
        this.runs = runs;
        this.alerts = alerts;
    }

    /** Launches what is due now; returns what happened, one line each. */
    public List<String> tick(Clock clock) {
        List<String> happened = new ArrayList<>();
        runs.newestStale().ifPresent(stale -> {
            try {
                Launch resumed = runs.resume(stale, LocalDateTime.now(clock));
                happened.add("resumed a stale run: " + stale + " " + resumed.status());
                if (resumed.status() == Launch.Status.FAILED) {
                    alerts.failed(resumed.campaign().name(), resumed.runKey(), resumed.problem() == null ? "FAILED" : resumed.problem());
                }
            } catch (UserError e) {
                happened.add("could not resume " + stale + ": " + e.getMessage());
            }
        });
        for (ScheduleDecision due : schedules.at(clock.instant())) {
            if (due.verdict() != ScheduleDecision.Verdict.SEND) {
                continue;
            }
            var campaign = due.campaign();
            String scheduled = "scheduled " + campaign.name() + "/" + due.runKey() + " (cron fired "
                    + due.firedAt().orElseThrow().toLocalDateTime() + "): ";
            try {
                Launch launch = runs.launch(campaign, due.runKey(), LocalDateTime.now(clock.withZone(campaign.zone())));
                happened.add(scheduled + launch.status() + (launch.problem() == null ? "" : ": " + launch.problem()));
                if (launch.status() == Launch.Status.FAILED || launch.status() == Launch.Status.UNCONFIRMED) {
                    alerts.failed(campaign.name(), due.runKey(), launch.problem() == null ? launch.status().name() : launch.problem());
                }
            } catch (UserError e) {
                // one campaign that cannot start keeps no other from its time; the next round tries again
                happened.add(scheduled + "could not start: " + e.getMessage());
                alerts.failed(campaign.name(), due.runKey(), e.getMessage());
            }
        }
        return happened;
    }
}
