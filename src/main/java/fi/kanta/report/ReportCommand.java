package fi.kanta.report;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta report CAMPAIGN/RUN-KEY [--window-days N] [--xlsx]}: did the run work? Funnel,
 * delivery, costs, and target against holdout over the window after the run. {@code kanta report
 * nps} is a subcommand ({@link NpsCommand}); a run always has a slash, so no run is taken for it.
 */
@Command(name = "report", description = "A run's results: funnel, delivery, costs, and target against holdout after the run.",
        subcommands = NpsCommand.class)
public class ReportCommand implements KantaCommand {

    // optional to picocli so that "report nps" parses; check() asks for it
    @Parameters(paramLabel = "RUN", arity = "0..1", description = "a run as CAMPAIGN/RUN-KEY, e.g. win-back/2026-W48")
    String run;

    @Option(names = "--window-days", paramLabel = "N", description = "days after the run to measure (default kanta.report.window-days, 30)")
    Integer windowDays;

    @Option(names = "--xlsx", description = "also write out/<campaign>/<run-key>/report.xlsx (summary, charts, recipients)")
    boolean xlsx;

    @Override
    public void check() {
        if (run == null || run.indexOf('/') < 1 || run.endsWith("/")) {
            throw new UserError("a run is written CAMPAIGN/RUN-KEY, e.g. win-back/2026-W48 (or: kanta report nps)");
        }
        if (windowDays != null && windowDays < 1) {
            throw new UserError("--window-days must be at least 1, not " + windowDays);
        }
    }

    @Override
    public int call(ApplicationContext context) {
        int slash = run.indexOf('/');
        Campaign campaign = context.getBean(Campaigns.class).named(run.substring(0, slash));
        String runKey = run.substring(slash + 1);
        System.out.print(print(context, campaign, runKey, windowDays, xlsx));
        return ExitCode.DONE;
    }

    /** The report as text, and with {@code workbook} the path of the written workbook after it (the demo uses this too). */
    public static String print(ApplicationContext context, Campaign campaign, String runKey, Integer windowDays, boolean workbook) {
        RunResults results = context.getBean(RunResults.class);
        RunReport report = results.report(campaign, runKey, windowDays == null ? results.defaultWindowDays() : windowDays,
                LocalDateTime.now(campaign.zone()));
        String text = ReportText.format(report);
        if (workbook) {
            Path file = context.getBean(KantaHome.class).out(campaign.name(), runKey, "report.xlsx");
            long rows = context.getBean(ReportWorkbook.class).write(campaign, report, file);
            text += String.format("%nWrote %s (summary with charts, %,d recipients)%n", file, rows);
        }
        return text;
    }
}
