package fi.kanta.cli;

import fi.kanta.customer.Suppressions;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kanta suppressions lift --run RUN --reason TEXT}: undoes the suppressions a run wrote by mistake. */
@Command(name = "suppressions", description = "Mend the suppression list.", subcommands = SuppressionsCommand.Lift.class)
public class SuppressionsCommand implements KantaCommand {

    @Override
    public void check() {
        throw new SaidError("suppressions.what");
    }

    @Override
    public int call(ApplicationContext context) {
        return ExitCode.USAGE;
    }

    @Command(name = "lift", description = "Lift the suppressions a campaign run wrote (when its server's refusals were"
            + " wrong), keeping them on record with the reason given.")
    static class Lift implements KantaCommand {

        @Option(names = "--run", required = true, paramLabel = "RUN", description = "CAMPAIGN/RUN-KEY, e.g. weekly-newsletter/2026-W49")
        String run;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why, kept with the lifted rows")
        String reason;

        @Override
        public int call(ApplicationContext context) {
            Suppressions.Lifted lifted = context.getBean(Suppressions.class).liftRun(run, reason, LocalDateTime.now());
            System.out.println(context.getBean(Words.class).count("suppressions.lifted", lifted.suppressions(), lifted.run()));
            return ExitCode.DONE;
        }
    }
}
