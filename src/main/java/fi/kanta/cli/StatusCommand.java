package fi.kanta.cli;

import fi.kanta.run.RunLeases;
import fi.kanta.status.ShopStatus;
import fi.kanta.words.Words;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta status}: what the database holds and how the latest imports went; every time in shop time, the zone named once. */
@Command(name = "status", description = "Show what the database holds and the latest imports.")
public class StatusCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) throws Exception {
        ShopStatus.Status status = context.getBean(ShopStatus.class).now();
        Words words = context.getBean(Words.class);
        System.out.println(words.text("status.home", status.home()));
        System.out.println(words.text("status.database", status.database()));
        System.out.println();
        CustomerDataLines.print(status.data(), "", words);
        System.out.println(status.scores().map(scores -> words.text("status.scores", words.date(scores.asOf()), words.count("count.customers", scores.customers())))
                .orElse(words.text("status.scores.none")));
        System.out.println();
        System.out.println(words.text("status.times", words.zone().getId()));
        System.out.println();
        System.out.println(words.text("status.imports"));
        if (status.imports().isEmpty()) {
            System.out.println(words.text("status.imports.none"));
        }
        status.imports().forEach(run -> System.out.printf("  %-18s  %-9s  %-12s  %s  %s%s%n",
                run.started() == null ? "" : words.dateTime(run.started()), words.textOr("state." + run.status(), run.status()),
                words.textOr("data." + run.kind(), run.kind()), words.count("status.import.rows", run.rows()), run.file(),
                run.attempt() > 1 ? "  " + words.text("status.import.attempt", run.attempt()) : ""));
        System.out.println();
        System.out.println(words.text("status.runs"));
        if (status.runs().isEmpty()) {
            System.out.println(words.text("status.runs.none"));
        }
        status.runs().forEach(run -> System.out.printf("  %-18s  %-32s  %-11s %10s%n", words.dateTime(run.selectedAt()), run.run(),
                words.textOr("state." + run.status(), run.status()), words.number(run.customers())));
        printUnfinished(status.unfinished(), words);
        return ExitCode.DONE;
    }

    /** Runs left STARTED: still running, or stale (their process died) and waiting to be resumed. */
    private static void printUnfinished(List<RunLeases.Unfinished> unfinished, Words words) {
        if (unfinished.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println(words.text("status.unfinished"));
        for (RunLeases.Unfinished run : unfinished) {
            System.out.printf("  %s%n      %s%n", words.text("status.unfinished.run", run.run(), run.owner(), words.dateTime(run.heartbeat())),
                    run.stale() ? words.text("status.unfinished.stale", run.run())
                            : words.text("status.unfinished.running", words.dateTime(run.staleAfter())));
        }
    }
}
