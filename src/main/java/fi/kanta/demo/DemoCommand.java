package fi.kanta.demo;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.CampaignRuns;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ListExport;
import fi.kanta.customer.CustomerData;
import fi.kanta.shop.MoneySettings;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.shop.ShopSettings;
import fi.kanta.customer.importing.ImportSummary;
import fi.kanta.customer.importing.Importer;
import fi.kanta.report.ReportCommand;
import fi.kanta.report.RunResults;
import fi.kanta.scoring.Scorer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kanta demo [--customers N] [--seed S] [--simulate-response]}: a demo shop, generated into
 * {@code out/demo/input/} with its history ending today, and imported like a shop's own files.
 * Run again the same day it finds every file already imported; on a later day it moves the same
 * shop forward in time (see {@link DemoShop}).
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
    public int call(ApplicationContext context) throws Exception {
        KantaHome home = context.getBean(KantaHome.class);
        Path folder = home.out("demo", "input");
        // "today" where the shop is: its purchase times are shop-local
        LocalDate today = LocalDate.now(context.getBean(ShopSettings.class).timeZone());

        long started = System.nanoTime();
        DemoShop.Files shop = DemoShop.generate(folder, customers, today, seed);
        System.out.printf("Demo shop (seed %d, history up to %s): customers %,d, purchases %,d, consents %,d,"
                + " suppressions %,d; made in %.1f s%n", seed, today.minusDays(1), shop.customerRows(), shop.purchaseRows(),
                shop.consentRows(), shop.suppressionRows(), (System.nanoTime() - started) / 1e9);

        // customers first: purchases and consents name them
        Map<ImportKind, Path> files = new LinkedHashMap<>();
        files.put(ImportKind.CUSTOMERS, shop.customers());
        files.put(ImportKind.PURCHASES, shop.purchases());
        files.put(ImportKind.CONSENTS, shop.consents());
        files.put(ImportKind.SUPPRESSIONS, shop.suppressions());
        Importer importer = context.getBean(Importer.class);
        List<Path> rejectReports = new ArrayList<>();
        for (Map.Entry<ImportKind, Path> file : files.entrySet()) {
            ImportOutcome outcome = importer.importFile(file.getKey(), file.getValue(), null);
            System.out.println(ImportSummary.of(outcome));
            if (outcome.rejectReport() != null) {
                rejectReports.add(outcome.rejectReport());
            }
            if (!outcome.succeeded()) {
                System.out.println("Demo stopped: the " + file.getKey().label() + " import failed; the files are in "
                        + relative(home, folder));
                return ExitCode.FAILED;
            }
        }

        // Scores as of today (the history ends yesterday), as `kanta score` would; a tiny demo shop may have
        // too few repeat buyers to fit, which is worth a line but not a failed demo.
        System.out.println();
        try {
            System.out.print(context.getBean(Scorer.class).score(today).format());
        } catch (UserError e) {
            System.out.println("Scoring skipped: " + e.getMessage());
        }

        System.out.println();
        String runKey = winBack(context, home);
        if (simulateResponse) {
            System.out.println();
            simulateResponse(context, runKey, seed);
        }

        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        System.out.println();
        System.out.println("In the database:");
        System.out.print(CustomerData.counts(jdbc, "  "));
        System.out.println();
        System.out.println("Demo data:      " + relative(home, folder) + "/ (customers.csv, purchases.csv, consents.csv,"
                + " suppressions.csv)");
        System.out.println("Reject reports: " + (rejectReports.isEmpty() ? "none (every row was imported)"
                : String.join(", ", rejectReports.stream().map(report -> relative(home, report)).toList())));
        System.out.println("Next: kanta status");
        return ExitCode.DONE;
    }

    /** The win-back campaign's run for this week, end to end: selection, letters printed, emails written as .eml files; its run key. */
    private static String winBack(ApplicationContext context, KantaHome home) throws java.io.IOException {
        List<Path> installed = ExampleFiles.install(home);
        if (!installed.isEmpty()) {
            System.out.println("Example campaigns and templates copied into " + home.home() + ": " + installed.size() + " files");
        }
        Campaign campaign = context.getBean(Campaigns.class).named("win-back");
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String runKey = CampaignRuns.runKey(campaign, now, null);
        CampaignRuns.Launch launch = context.getBean(CampaignRuns.class).launch(campaign, runKey, now.toLocalDateTime());
        System.out.println(launch.describe(context.getBean(MoneySettings.class).baseCurrency()));
        // the recipients list a marketer hands on: the campaign's export columns, as .xlsx
        ListExport.Written list = context.getBean(ListExport.class).run(campaign, runKey, Optional.empty(), Optional.empty(),
                new ListExport.Request(List.of(), false, false, home.out(campaign.name(), runKey, "recipients.xlsx")));
        System.out.printf("Recipients list: %s (%,d rows)%n", home.home().relativize(list.file()), list.summary().rows());
        return runKey;
    }

    /** The weeks after the win-back run (see {@link ResponseSimulation}), then its report and workbook. */
    private static void simulateResponse(ApplicationContext context, String runKey, long seed) {
        Campaign campaign = context.getBean(Campaigns.class).named("win-back");
        int days = context.getBean(RunResults.class).defaultWindowDays();
        ResponseSimulation.Response response = context.getBean(ResponseSimulation.class).simulate(campaign.name(), runKey, days, seed);
        String currency = context.getBean(MoneySettings.class).baseCurrency();
        System.out.printf(Locale.ROOT, "Simulated response of %,d recipients, %s to %s%s: %,d purchases, %,d with an offer code;"
                + " the known lift: conversion %+.1f percentage points, revenue per customer %+.2f %s%n", response.recipients(),
                response.from().toLocalDate(), response.until().toLocalDate(),
                response.alreadySimulated() ? " (simulated before, left as it was)" : "", response.purchases(),
                response.offerPurchases(), 100 * response.conversionLift(), response.revenueLift(), currency);
        System.out.println();
        System.out.print(ReportCommand.print(context, campaign, runKey, days, true));
    }

    /** A path as the user finds it from the Kanta home ({@code out/demo/input}). */
    private static String relative(KantaHome home, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(home.home()) ? home.home().relativize(absolute) : absolute).toString()
                .replace('\\', '/');
    }
}
