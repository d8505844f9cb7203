package fi.kanta.cli;

import fi.kanta.schedule.CampaignSchedules;
import fi.kanta.schedule.ScheduleDecision;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta schedule}: what {@code kanta serve} would do about each scheduled campaign if started now, and why. */
@Command(name = "schedule", description = "Say what kanta serve would send if started now, per scheduled campaign, and why.")
public class ScheduleCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        List<ScheduleDecision> scheduled = context.getBean(CampaignSchedules.class).now();
        for (ScheduleDecision decision : scheduled) {
            System.out.println(ScheduleLines.line(decision, "would send"));
            System.out.println("    schedule: \"" + decision.schedule().cron() + "\" " + decision.schedule().zone());
        }
        if (scheduled.isEmpty()) {
            System.out.println("No campaign has a schedule (add schedule: { cron: \"0 0 8 * * MON\", zone: Europe/Helsinki }).");
        }
        System.out.println("kanta serve sends what is due; see jobs/README.md, Schedules.");
        return ExitCode.DONE;
    }
}
