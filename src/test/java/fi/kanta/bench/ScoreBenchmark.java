package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import fi.kanta.demo.DemoShop;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The score benchmark (not a test): imports a demo shop with {@code kanta import} and times
 * {@code kanta score} end to end (summary, fit, every customer's row written) on HSQLDB and on
 * PostgreSQL; the score report it prints splits the time into summary, fit and write. Run with
 * bench/score-benchmark (which sets -Xmx1g).
 *
 * <p>Arguments: HSQLDB customers (default 100,000 ≈ 1,000,000 purchases), PostgreSQL customers
 * (default 1,000,000 ≈ 10,000,000 purchases); 0 skips a database. Any {@code --kanta.*} setting after
 * them is passed to every command (e.g. {@code --kanta.score.fit-sample-size=200000}).
 */
public final class ScoreBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    /** The demo history ends the day before END, so this as-of date sees all of it. */
    private static final String AS_OF = END.toString();

    private final List<String> rows = new ArrayList<>();
    private final Path work;
    private final List<String> settings;

    private ScoreBenchmark(Path work, List<String> settings) {
        this.work = work;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        int hsqldbCustomers = Bench.number(args, 0, 100_000);
        int postgresCustomers = Bench.number(args, 1, 1_000_000);
        ScoreBenchmark bench = new ScoreBenchmark(Bench.WORK, Bench.settings(args));
        if (hsqldbCustomers > 0) {
            bench.run("HSQLDB", hsqldbCustomers, "--kanta.home=" + Bench.fresh("score-hsqldb-home"));
        }
        if (postgresCustomers > 0) {
            try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(Bench.fresh("score-postgres-data"))
                    .setCleanDataDirectory(true).start()) {
                bench.run("PostgreSQL", postgresCustomers, "--kanta.home=" + Bench.fresh("score-postgres-home"),
                        "--spring.profiles.active=postgres", "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres");
            }
        }
        bench.print();
    }

    private void run(String database, int customers, String... connection) throws IOException {
        Path folder = work.resolve("shop-" + customers);
        DemoShop.Files shop = DemoShop.generate(folder, customers, END, DemoShop.DEFAULT_SEED);
        kanta(database, "import customers", shop.customerRows(), connection, "import", "customers", shop.customers().toString());
        kanta(database, "import purchases", shop.purchaseRows(), connection, "import", "purchases", shop.purchases().toString());
        kanta(database, "score (first run)", customers, connection, "score", "--as-of", AS_OF);
        kanta(database, "score (re-run, replaces)", customers, connection, "score", "--as-of", AS_OF);
    }

    private void kanta(String database, String what, long count, String[] connection, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(connection));
        args.addAll(settings);
        long start = System.nanoTime();
        int exit = Kanta.run(args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("kanta " + String.join(" ", command) + " failed with exit code " + exit);
        }
        rows.add(String.format(Locale.ROOT, "%-11s %-32s %,12d %9.1f", database, "kanta " + what, count, seconds));
    }


    private void print() {
        System.out.println();
        System.out.printf("%-11s %-32s %12s %9s%n", "database", "what", "rows", "time (s)");
        rows.forEach(System.out::println);
        System.out.printf("%nTimes are wall time of the whole command, application start-up included.%n"
                + "%s%n", Bench.machine());
    }
}
