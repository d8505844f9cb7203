package fi.kanta.cli;

import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.words.Words;
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
        CampaignRuns runs = context.getBean(CampaignRuns.class);
        if (dryRun) {
            System.out.print(runs.dryRun(name, runKey).describe(context.getBean(Words.class)));
            return ExitCode.DONE;
        }
        Launch launch = runs.launchNow(name, runKey, selectOnly);
        System.out.print(launch.describe());
        return ExitCode.of(launch.status());
    }
}
