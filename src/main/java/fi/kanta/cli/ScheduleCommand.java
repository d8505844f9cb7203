package fi.kanta.cli;

import fi.kanta.schedule.CampaignSchedules;
import fi.kanta.schedule.ScheduleDecision;
import fi.kanta.words.Words;
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
        Words words = context.getBean(Words.class);
        ScheduleLines lines = new ScheduleLines(words);
        for (ScheduleDecision decision : scheduled) {
            System.out.println(lines.line(decision, "schedule.would-send"));
            System.out.println(words.text("schedule.cron", decision.schedule().cron(), decision.schedule().zone()));
        }
        if (scheduled.isEmpty()) {
            System.out.println(words.text("schedule.none"));
        }
        System.out.println(words.text("schedule.serve-sends"));
        return ExitCode.DONE;
    }
}
