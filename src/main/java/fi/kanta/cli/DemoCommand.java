package fi.kanta.cli;

import fi.kanta.demo.DemoDay;
import fi.kanta.demo.DemoShop;
import fi.kanta.words.Words;
import fi.kanta.home.HomeSetup;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kanta demo [--customers N] [--seed S] [--simulate-response]}: a demo shop, generated,
 * imported and scored, and a win-back run made from it ({@link DemoDay}).
 */
@Command(name = "demo", description = "Generate a demo shop's data, import it and say where the output is.")
public class DemoCommand implements KantaCommand {

    @Spec
    CommandSpec spec;

    int customers;

    @Option(names = "--simulate-response", description = "after the win-back run, simulate the 30 days after it (targets get a known"
            + " lift) and print the run's report, with report.xlsx")
    boolean simulateResponse;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoShop.DEFAULT_SEED,
            description = "random seed: the same seed on the same day gives the same shop (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000", description = "how many customers (default ${DEFAULT-VALUE})")
    void customers(int customers) {
        // checked while parsing, so a wrong size is a usage error (exit 2) before anything starts
        if (customers < DemoShop.MIN_CUSTOMERS || customers > DemoShop.MAX_CUSTOMERS) {
            throw new ParameterException(spec.commandLine(), String.format("--customers must be from %,d to %,d, not %,d",
                    DemoShop.MIN_CUSTOMERS, DemoShop.MAX_CUSTOMERS, customers));
        }
        this.customers = customers;
    }

    @Override
    public void prepare(Path home) {
        HomeSetup.NewHome made = HomeSetup.demo(home, HomeSetup.languageOf(Locale.getDefault()));
        if (!made.copied().isEmpty()) {
            System.out.println("Example campaigns and templates copied into " + made.home() + ": " + made.copied().size() + " files");
        }
        if (made.settingsWritten()) {
            System.out.println("The demo shop's settings: " + made.settings() + " (kanta.demo=true: its made-up addresses may be used)");
        }
    }

    @Override
    public int call(ApplicationContext context) throws Exception {
        DemoDay.Outcome outcome = context.getBean(DemoDay.class).run(customers, seed, simulateResponse);
        if (outcome.failedImport().isPresent()) {
            System.out.println("Demo stopped: the " + outcome.failedImport().get().label() + " import failed; the files are in "
                    + outcome.folder());
            return ExitCode.FAILED;
        }
        System.out.println();
        System.out.println("In the database:");
        CustomerDataLines.print(outcome.data(), "  ", context.getBean(Words.class));
        System.out.println();
        System.out.println("Demo data:      " + outcome.folder() + "/ (customers.csv, purchases.csv, consents.csv, suppressions.csv)");
        System.out.println("Reject reports: " + (outcome.rejectReports().isEmpty() ? "none (every row was imported)"
                : String.join(", ", outcome.rejectReports())));
        System.out.println("Next: kanta status");
        return ExitCode.DONE;
    }
}
