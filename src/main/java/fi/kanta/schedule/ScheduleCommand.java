package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.run.CampaignRuns;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta schedule}: the scheduled campaigns, when they fire next, and this period's run. */
@Command(name = "schedule", description = "List the scheduled campaigns with their next fire times and this period's run.")
public class ScheduleCommand implements KantaCommand {

    @Override
    public int call(ApplicationContext context) {
        CampaignRuns runs = context.getBean(CampaignRuns.class);
        Instant now = Instant.now();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");
        int scheduled = 0;
        for (Campaign campaign : context.getBean(Campaigns.class).all()) {
            if (campaign.schedule().isEmpty()) {
                continue;
            }
            scheduled++;
            String key = campaign.period().runKey(now.atZone(campaign.zone()));
            System.out.printf("%-24s \"%s\" %s%n    next: %s    this %s's run %s: %s%n", campaign.name(), campaign.schedule().get().cron(),
                    campaign.schedule().get().zone(), Schedules.next(campaign, now).map(time::format).orElse("never"),
                    campaign.period().noun(), key,
                    runs.exists(campaign, key) ? "started (kanta status shows how it went)" : "not yet");
        }
        if (scheduled == 0) {
            System.out.println("No campaign has a schedule (add schedule: { cron: \"0 0 8 * * MON\", zone: Europe/Helsinki }).");
        }
        System.out.println("kanta serve launches due runs; see README, Scheduling.");
        return ExitCode.DONE;
    }
}
