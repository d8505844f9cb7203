package fi.kanta.cli;

import fi.kanta.schedule.CampaignSchedules;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta schedule}: the scheduled campaigns, when they fire next, and this period's run. */
@Command(name = "schedule", description = "List the scheduled campaigns with their next fire times and this period's run.")
public class ScheduleCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        List<CampaignSchedules.ScheduledCampaign> scheduled = context.getBean(CampaignSchedules.class).at(Instant.now());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");
        for (CampaignSchedules.ScheduledCampaign campaign : scheduled) {
            System.out.printf("%-24s \"%s\" %s%n    next: %s    this %s's run %s: %s%n", campaign.campaign(), campaign.cron(),
                    campaign.zone(), campaign.next().map(time::format).orElse("never"), campaign.period(), campaign.runKey(),
                    campaign.started() ? "started (kanta status shows how it went)" : "not yet");
        }
        if (scheduled.isEmpty()) {
            System.out.println("No campaign has a schedule (add schedule: { cron: \"0 0 8 * * MON\", zone: Europe/Helsinki }).");
        }
        System.out.println("kanta serve launches due runs; see jobs/README.md, Schedules.");
        return ExitCode.DONE;
    }
}
