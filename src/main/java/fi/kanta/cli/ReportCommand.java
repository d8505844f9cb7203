package fi.kanta.cli;

import fi.kanta.report.RunReports;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.util.OptionalInt;
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
            throw new SaidError("report.run-written");
        }
        if (windowDays != null && windowDays < 1) {
            throw new SaidError("report.window-days", windowDays);
        }
    }

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        int slash = run.indexOf('/');
        OptionalInt window = windowDays == null ? OptionalInt.empty() : OptionalInt.of(windowDays);
        System.out.print(context.getBean(RunReports.class).report(run.substring(0, slash), run.substring(slash + 1), window, xlsx)
                .text(context.getBean(Words.class)));
        return ExitCode.DONE;
    }
}
