package fi.kanta.cli;

import fi.kanta.demo.DemoDay;
import fi.kanta.demo.DemoShop;
import fi.kanta.words.Words;
import fi.kanta.home.HomeSetup;
import fi.kanta.home.MarketersLanguage;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import fi.kanta.words.SaidError;
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
            SaidError said = new SaidError("demo.customers", DemoShop.MIN_CUSTOMERS, DemoShop.MAX_CUSTOMERS, customers);
            throw new ParameterException(spec.commandLine(), said.getMessage(), said);
        }
        this.customers = customers;
    }

    @Override
    public void prepare(Path home, java.util.List<String> settings) {
        HomeSetup.NewHome made = HomeSetup.demo(home, HomeSetup.languageOf(Locale.getDefault()));
        // before Spring: in the language the command line or the (new) home's settings name
        Words words = MarketersLanguage.words(home, settings);
        if (!made.copied().isEmpty()) {
            System.out.println(words.count("demo.examples-copied", made.copied().size(), made.home()));
        }
        if (made.settingsWritten()) {
            System.out.println(words.text("demo.settings-written", made.settings()));
        }
    }

    @Override
    public int call(ApplicationContext context) throws Exception {
        DemoDay.Outcome outcome = context.getBean(DemoDay.class).run(customers, seed, simulateResponse);
        Words words = context.getBean(Words.class);
        if (outcome.failedImport().isPresent()) {
            System.out.println(words.text("demo.stopped", outcome.failedImport().get().label(), outcome.folder()));
            return ExitCode.FAILED;
        }
        System.out.println();
        System.out.println(words.text("demo.in-database"));
        CustomerDataLines.print(outcome.data(), "  ", words);
        System.out.println();
        System.out.println(words.text("demo.data", outcome.folder()));
        System.out.println(outcome.rejectReports().isEmpty() ? words.text("demo.reject-reports.none")
                : words.text("demo.reject-reports", String.join(", ", outcome.rejectReports())));
        System.out.println(words.text("demo.next"));
        return ExitCode.DONE;
    }
}
