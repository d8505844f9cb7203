package fi.kanta.cli;

import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta resume [RUN]}: continues a run that failed or whose process died, from its outbox:
 * what was sent stays sent, rows caught in flight are listed as UNCONFIRMED, the rest goes out,
 * with the definition the run keeps; after its first send, changed templates need {@code --accept-changes}.
 */
@Command(name = "resume", description = "Continue a campaign run that failed or was interrupted (default: the newest stale run).")
public class ResumeCommand implements KantaCommand {

    @Parameters(paramLabel = "RUN", arity = "0..1", description = "CAMPAIGN/RUN-KEY, e.g. win-back/2026-W48")
    String run;

    @Option(names = "--resend-unconfirmed", description = "send again the emails that may not have arrived (UNCONFIRMED);"
            + " a customer may get one twice")
    boolean resendUnconfirmed;

    @Option(names = "--accept-changes", description = "go on although templates changed after the run's first send;"
            + " the rest of the run uses the changed templates (recorded with the run)")
    boolean acceptChanges;

    @Override
    public int call(ApplicationContext context) {
        Launch launch = context.getBean(CampaignRuns.class).resume(run, LocalDateTime.now(), resendUnconfirmed, acceptChanges);
        System.out.print(launch.describe(context.getBean(Words.class)));
        return ExitCode.of(launch.status());
    }
}
