package fi.kanta.cli;

import fi.kanta.KantaHome;
import fi.kanta.customer.CustomerData;
import fi.kanta.run.RunLeases;
import fi.kanta.status.ShopStatus;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta status}: what the database holds and how the latest imports went. */
@Command(name = "status", description = "Show what the database holds and the latest imports.")
public class StatusCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) throws Exception {
        ShopStatus.Status status = context.getBean(ShopStatus.class).now();
        System.out.println("Kanta home: " + status.home());
        System.out.println("Database:   " + status.database());
        System.out.println();
        CustomerDataLines.print(status.data(), "");
        System.out.println(status.scores().map(scores -> String.format("scores         as of %s for %,d customers", scores.asOf(),
                scores.customers())).orElse("scores         none yet (kanta score)"));
        System.out.println();
        System.out.println("Latest imports:");
        if (status.imports().isEmpty()) {
            System.out.println("  none yet (kanta import KIND FILE, or kanta demo)");
        }
        status.imports().forEach(run -> System.out.printf("  %-19.19s  %-9s  %-12s  %,10d rows  %s%s%n", run.started(), run.status(),
                run.kind(), run.rows(), run.file(), run.attempt() > 1 ? "  (attempt " + run.attempt() + ")" : ""));
        System.out.println();
        System.out.println("Latest campaign runs:");
        if (status.runs().isEmpty()) {
            System.out.println("  none yet (kanta run CAMPAIGN)");
        }
        status.runs().forEach(run -> System.out.printf("  %-19.19s  %-32s  %-11s %,10d%n", run.selectedAt(), run.run(), run.status(),
                run.customers()));
        printUnfinished(status.unfinished());
        return ExitCode.DONE;
    }

    /** Runs left STARTED: still running, or stale (their process died) and waiting to be resumed. */
    private static void printUnfinished(List<RunLeases.Unfinished> unfinished) {
        if (unfinished.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Runs not finished:");
        for (RunLeases.Unfinished run : unfinished) {
            System.out.printf("  %-32s  process %s, last heartbeat %s%n      %s%n", run.run(), run.owner(), run.heartbeat().withNano(0),
                    run.stale() ? "STALE: its process is gone; kanta serve resumes it in its next round (or: kanta resume " + run.run() + ")"
                            : "running; should it stop, it is stale at the latest after " + run.staleAfter().withNano(0)
                                    + " (kanta.campaign.lease) and kanta serve resumes it");
        }
    }
}
