package fi.kanta.campaign;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.shop.MoneySettings;
import java.time.ZonedDateTime;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta run CAMPAIGN [--dry-run] [--run-key K]}: selects the run's recipients into the
 * outbox; with {@code --dry-run}, does the whole selection and prints it without writing anything.
 */
@Command(name = "run", description = "Run a campaign: select its recipients (with --dry-run: only show who they would be).")
public class RunCommand implements KantaCommand {

    @Parameters(paramLabel = "CAMPAIGN", description = "a campaign in jobs/, e.g. win-back")
    String name;

    @Option(names = "--dry-run", description = "do the whole selection and print the funnel and samples; write nothing")
    boolean dryRun;

    @Option(names = "--select-only", description = "select the recipients into the outbox and stop: review or export them, then send with kanta resume")
    boolean selectOnly;

    @Option(names = "--run-key", paramLabel = "K", description = "name the run yourself (default: the campaign's period now, e.g. 2026-W48)")
    String runKey;

    @Override
    public int call(ApplicationContext context) {
        Campaign campaign = context.getBean(Campaigns.class).named(name);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String key = CampaignRuns.runKey(campaign, now, runKey);
        String currency = context.getBean(MoneySettings.class).baseCurrency();
        if (dryRun) {
            SelectionResult result = context.getBean(RecipientSelection.class).dryRun(campaign, key, now.toLocalDateTime());
            System.out.printf("%s/%s, dry run: nothing was written (%.1f s)%n", campaign.name(), key, result.millis() / 1000.0);
            System.out.print(SelectionReport.format(campaign, result, currency));
            return ExitCode.DONE;
        }
        CampaignRuns.Launch launch = context.getBean(CampaignRuns.class).launch(campaign, key, now.toLocalDateTime(), selectOnly);
        System.out.print(launch.describe(currency));
        return launch.status() == CampaignRuns.Status.DONE || launch.status() == CampaignRuns.Status.SELECTED
                ? ExitCode.DONE : ExitCode.FAILED;
    }
}
