package fi.kanta.schedule;

import fi.kanta.UserError;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
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
    private final Words words;

    public CampaignScheduler(CampaignSchedules schedules, CampaignRuns runs, RunAlerts alerts, Words words) {
        this.words = words;
        this.schedules = schedules;
        this.runs = runs;
        this.alerts = alerts;
    }

    /** Launches what is due now; returns what happened, one line each, in the marketer's language (serve prints them). */
    public List<String> tick(Clock clock) {
        List<String> happened = new ArrayList<>();
        runs.newestStale().ifPresent(stale -> {
            try {
                Launch resumed = runs.resume(stale, LocalDateTime.now(clock));
                happened.add(words.text("serve.resumed-stale", stale, status(resumed.status())));
                if (resumed.status() == Launch.Status.FAILED) {
                    alerts.failed(resumed.campaign().name(), resumed.runKey(), problem(resumed));
                }
            } catch (UserError e) {
                happened.add(words.text("serve.could-not-resume", stale, SaidError.said(e, words)));
            }
        });
        for (ScheduleDecision due : schedules.at(clock.instant())) {
            if (due.verdict() != ScheduleDecision.Verdict.SEND) {
                continue;
            }
            var campaign = due.campaign();
            String run = campaign.name() + "/" + due.runKey();
            String fired = words.dateTime(due.firedAt().orElseThrow().toLocalDateTime());
            try {
                Launch launch = runs.launch(campaign, due.runKey(), LocalDateTime.now(clock.withZone(campaign.zone())));
                String ended = launch.failure() == null ? status(launch.status())
                        : words.text("serve.ended-with", status(launch.status()), launch.problem(words));
                happened.add(words.text("serve.scheduled", run, fired, ended));
                if (launch.status() == Launch.Status.FAILED || launch.status() == Launch.Status.UNCONFIRMED) {
                    alerts.failed(campaign.name(), due.runKey(), problem(launch));
                }
            } catch (UserError e) {
                // one campaign that cannot start keeps no other from its time; the next round tries again
                happened.add(words.text("serve.scheduled", run, fired, words.text("serve.could-not-start", SaidError.said(e, words))));
                alerts.failed(campaign.name(), due.runKey(), SaidError.said(e, words));
            }
        }
        return happened;
    }

    /** How a launch went, in the marketer's words (English keeps the status's name: DONE, FAILED). */
    private String status(Launch.Status status) {
        return words.text("serve.status." + status.name());
    }

    /** What the alert gives as the reason: the run's problem in the marketer's words, else how it ended. */
    private String problem(Launch launch) {
        return launch.failure() == null ? status(launch.status()) : launch.problem(words);
    }
}
