package fi.kanta.cli;

import fi.kanta.delivery.DeliveryStatus;
import fi.kanta.lists.TestSends;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.DryRun;
import fi.kanta.run.Launch;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.Console;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta run CAMPAIGN [--dry-run] [--run-key K] [--yes]}: selects the run's recipients into the
 * outbox and sends; with {@code --dry-run}, does the whole selection and prints it without writing
 * anything. Before sending it shows the dry run and asks on the terminal; {@code --yes} sends
 * without asking, and without a terminal nothing is sent unless it is given.
 */
@Command(name = "run", description = "Run a campaign: select its recipients (with --dry-run: only show who they would be).")
public class RunCommand implements KantaCommand {

    /** Yes in the marketer's languages. */
    private static final Set<String> YES = Set.of("y", "yes", "k", "kyllä", "j", "ja");

    @Parameters(paramLabel = "CAMPAIGN", description = "a campaign in jobs/, e.g. win-back")
    String name;

    @Option(names = "--dry-run", description = "do the whole selection and print the funnel and samples; write nothing")
    boolean dryRun;

    @Option(names = "--select-only", description = "select the recipients into the outbox and stop: review or export them, then send with kanta resume")
    boolean selectOnly;

    @Option(names = "--run-key", paramLabel = "K", description = "name the run yourself (default: the campaign's period now, e.g. 2026-W48)")
    String runKey;

    @Option(names = "--yes", description = "send without asking (scripts and schedules); on a terminal kanta shows the dry run and asks first")
    boolean yes;

    @Option(names = "--test-to", paramLabel = "ADDRESS", description = "send the real messages of a few sample recipients to"
            + " ADDRESS only, marked as a test (ADDRESS must be in kanta.sending.test-addresses); no run is made")
    String testTo;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "3", description = "with --test-to: how many sample recipients (default ${DEFAULT-VALUE})")
    int sample;

    @Override
    public void check() {
        if (sample < 1) {
            throw new SaidError("run.sample", sample);
        }
        if (testTo != null && (dryRun || selectOnly || runKey != null)) {
            throw new SaidError("run.test-to");
        }
    }

    @Override
    public int call(ApplicationContext context) throws IOException {
        if (testTo != null) {
            return testSend(context.getBean(TestSends.class).send(name, testTo, sample), context.getBean(Words.class));
        }
        Words words = context.getBean(Words.class);
        CampaignRuns runs = context.getBean(CampaignRuns.class);
        if (dryRun) {
            System.out.print(runs.dryRun(name, runKey).describe(words));
            return ExitCode.DONE;
        }
        // a run that sends is asked for; selecting only sends nothing (kanta resume sends it later)
        if (!yes && !selectOnly) {
            Console terminal = System.console();
            if (terminal == null) {
                System.err.println(words.text("run.no-terminal", name));
                return ExitCode.FAILED;
            }
            DryRun plan = runs.dryRun(name, runKey);
            System.out.print(plan.describe(words));
            String answer = terminal.readLine("%s", plan.question(words));
            if (answer == null || !YES.contains(answer.strip().toLowerCase(Locale.ROOT))) {
                System.out.println(words.text("run.nothing-sent"));
                return ExitCode.DONE;
            }
        }
        Launch launch = runs.launchNow(name, runKey, selectOnly);
        System.out.print(launch.describe(words));
        return ExitCode.of(launch.status());
    }

    private static int testSend(TestSends.Sent sent, Words words) {
        System.out.println(words.text("test-send.title", sent.campaign().name(), sent.address()));
        sent.samples().forEach((customer, channel) -> System.out.println(words.text("test-send.sample", customer, channel.id())));
        if (!sent.emails().isEmpty()) {
            System.out.println(words.text("test-send.emails", sent.delivered(), sent.emails().size(), sent.destination()));
            sent.emails().stream().filter(outcome -> outcome.status() != DeliveryStatus.SENT).forEach(outcome ->
                    System.out.println(words.text("test-send.not-sent", outcome.status(), outcome.reply())));
        }
        sent.letters().ifPresent(file -> System.out.println(words.text("test-send.letters", file)));
        return sent.delivered() == sent.emails().size() ? ExitCode.DONE : ExitCode.FAILED;
    }
}
