package fi.kanta.bench;

import fi.kanta.demo.DemoShop;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The campaign benchmark (not a test): imports and scores a demo shop with the real commands, then
 * times {@code kanta segment NAME --count} and {@code kanta run bench-campaign --select-only} (selection
 * of up to 100,000 targets into the outbox) on HSQLDB and PostgreSQL. Each row gives the whole
 * command's wall time (application start-up included) and the database work the command itself
 * reports: the segment query's time, or the selection's parts from the log.
 * Run with bench/campaign-benchmark.
 *
 * <p>Arguments: HSQLDB customers (default 100,000), PostgreSQL customers (default 1,000,000); 0 skips.
 */
public final class CampaignBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final Pattern QUERY = Pattern.compile("\\(query (\\d+) ms\\)");
    private static final Pattern RECIPIENTS = Pattern.compile("= recipients\\s+([\\d,]+)");

    /** The benchmark shop's segments and campaign (the console benchmark uses them too). */
    static final String SEGMENTS = """
            scored:
              description: every scored customer
              all:
                - { field: p_alive, op: is set }
            lapsing-valuable:
              description: the win-back segment
              all:
                - { field: frequency, op: ">=", value: 1 }
                - { field: p_alive, op: between, value: [0.05, 0.75] }
                - { field: clv_12m, op: ">=", value: 10 }
                - { field: days_since_last_purchase, op: ">=", value: 60 }
            """;
    static final String CAMPAIGN = """
            name: bench-campaign
            kind: win-back
            period: weekly
            segment: scored
            selection: { max-recipients: 100000, letter-budget: 15000 }
            holdout: 0.1
            channels:
              - type: letter
                template: win-back
                cost: 1.50
                when: { any: [ { field: email_consent, op: "=", value: false }, { field: clv_12m, op: ">=", value: 150 } ] }
              - { type: email, template: win-back }
            offer: { code-prefix: BE, discount: "20 %", valid-days: 30 }
            """;

    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int hsqldbCustomers = Bench.number(args, 0, 100_000);
        int postgresCustomers = Bench.number(args, 1, 1_000_000);
        CampaignBenchmark bench = new CampaignBenchmark();
        if (hsqldbCustomers > 0) {
            Path home = home("campaign-hsqldb-home");
            bench.run("HSQLDB", hsqldbCustomers, "--kanta.home=" + home);
        }
        if (postgresCustomers > 0) {
            try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(Bench.fresh("campaign-postgres-data"))
                    .setCleanDataDirectory(true).start()) {
                bench.run("PostgreSQL", postgresCustomers, "--kanta.home=" + home("campaign-postgres-home"),
                        "--spring.profiles.active=postgres", "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres");
            }
        }
        bench.print();
    }

    private static Path home(String name) throws IOException {
        Path home = Bench.fresh(name);
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        Files.writeString(jobs.resolve("segments.yml"), SEGMENTS);
        Files.writeString(jobs.resolve("bench-campaign.yml"), CAMPAIGN);
        return home;
    }

    private void run(String database, int customers, String... connection) throws IOException {
        DemoShop.Files shop = DemoShop.generate(Bench.WORK.resolve("shop-" + customers), customers, END, DemoShop.DEFAULT_SEED);
        for (String[] kind : new String[][] {{"customers", shop.customers().toString()}, {"purchases", shop.purchases().toString()},
            {"consents", shop.consents().toString()}, {"suppressions", shop.suppressions().toString()}}) {
            kanta(database, "import " + kind[0], connection, "import", kind[0], kind[1]);
        }
        kanta(database, "score", connection, "score", "--as-of", END.toString());
        for (int i = 0; i < 2; i++) {
            kanta(database, "segment scored --count", connection, "segment", "scored", "--count");
            kanta(database, "segment lapsing-valuable --count", connection, "segment", "lapsing-valuable", "--count");
        }
        kanta(database, "run bench-campaign --dry-run", connection, "run", "bench-campaign", "--dry-run", "--run-key", "dry");
        kanta(database, "run bench-campaign --select-only", connection, "run", "bench-campaign", "--select-only", "--run-key", "b1");
    }

    private void kanta(String database, String what, String[] connection, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(connection));
        CommandTable.Ran ran = CommandTable.kanta(args);
        double seconds = ran.seconds();
        String output = ran.output();
        Matcher query = QUERY.matcher(output);
        Matcher recipients = RECIPIENTS.matcher(output);
        String result = recipients.find() ? recipients.group(1) + " recipients; " + lastSelection(connection)
                : query.find() ? "query " + query.group(1) + " ms" : "";
        rows.add(String.format(Locale.ROOT, "%-11s %-36s %9.1f   %s", database, "kanta " + what, seconds, result));
    }

    /** The selection's own timings, as the last run logged them in out/kanta.log. */
    private static String lastSelection(String[] connection) {
        Path log = Path.of(connection[0].substring("--kanta.home=".length()), "out", "kanta.log");
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("RecipientSelection") && l.contains(": selection ")).reduce((a, b) -> b)
                    .map(l -> l.substring(l.indexOf("): ") + 3)).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private void print() {
        System.out.println();
        System.out.printf("%-11s %-36s %9s   %s%n", "database", "what", "time (s)", "result");
        rows.forEach(System.out::println);
        System.out.printf("%nTimes are wall time of the whole command, application start-up included; \"query\" is the"
                + " segment query alone.%n%s%n", Bench.machine());
    }
}
