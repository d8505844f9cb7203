package fi.kanta.campaign;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.shop.MoneySettings;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta resume [RUN]}: continues a run that failed or whose process died, from its outbox:
 * what was sent stays sent, rows caught in flight are listed as UNCONFIRMED, the rest goes out.
 */
@Command(name = "resume", description = "Continue a campaign run that failed or was interrupted (default: the newest stale run).")
public class ResumeCommand implements KantaCommand {

    @Parameters(paramLabel = "RUN", arity = "0..1", description = "CAMPAIGN/RUN-KEY, e.g. win-back/2026-W48")
    String run;

    @Override
    public int call(ApplicationContext context) {
        CampaignRuns runs = context.getBean(CampaignRuns.class);
        CampaignRuns.Launch launch = runs.resume(run, LocalDateTime.now());
        System.out.print(launch.describe(context.getBean(MoneySettings.class).baseCurrency()));
        return launch.status() == CampaignRuns.Status.DONE ? ExitCode.DONE : ExitCode.FAILED;
    }
}
