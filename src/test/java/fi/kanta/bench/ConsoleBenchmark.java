package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import fi.kanta.console.campaigns.RunWatch;
import fi.kanta.demo.DemoShop;
import fi.kanta.outbox.RecipientCounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The console benchmark (not a test): the console's pages as a signed-in marketer requests them,
 * over HTTP from {@code kanta serve} in this JVM, on a shop filled with the real commands (demo
 * shop, import, score, a run's selection). Each page is requested {@link #REQUESTS} times, one
 * after another, with a different customer each time where a page is about one; the table gives
 * p50, p95 and the slowest answer in milliseconds, and the peak heap of the whole JVM (serve and
 * this client). On PostgreSQL it also EXPLAINs the run page's outbox queries and says whether any
 * reads a whole table. Target: every page under 300 ms at the 95th percentile.
 *
 * <p>Arguments: {@code hsqldb CUSTOMERS} or {@code postgres CUSTOMERS} (default 100,000 and
 * 1,000,000; about ten purchases a customer). A shop filled once is reused by the next run of the
 * same size ({@code target/bench/console-*}). Run with bench/console-benchmark, which runs both.
 */
public final class ConsoleBenchmark {

    static final int REQUESTS = 200;
    static final int WARM_UP = 20;
    /** The runs selected in the shop: their outboxes together are what the run page's queries must not read whole. */
    static final List<String> RUN_KEYS = List.of("b1", "b2", "b3", "b4");
    /** The campaign benchmark's campaign, outside the frequency cap: each run selects the same customers again. */
    static final String CAMPAIGN = CampaignBenchmark.CAMPAIGN.replace("selection: { max-recipients: 100000, letter-budget: 15000 }",
            "selection: { max-recipients: 100000, letter-budget: 15000, frequency-cap: { counts: false, obeys: false, days: 14 } }");
    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final String USER = "bench";
    private static final String PASSWORD = "benchmark password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CUSTOMER_LINK = Pattern.compile("href=\"/console/customers/(\\d+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private int consolePort;

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "hsqldb";
        boolean postgres = database.equals("postgres");
        int customers = Bench.number(args, 1, postgres ? 1_000_000 : 100_000);
        ConsoleBenchmark bench = new ConsoleBenchmark();
        if (postgres) {
            Path data = Bench.WORK.resolve("console-postgres-" + customers);
            boolean filled = Files.exists(data.resolve("PG_VERSION"));
            if (!filled) {
                Files.createDirectories(data);
            }
            try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                    .setServerConfig("shared_buffers", "256MB").start()) {
                List<String> connection = List.of("--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres");
                bench.run("PostgreSQL", customers, connection, () -> server.getPostgresDatabase().getConnection());
            }
        } else {
            bench.run("HSQLDB", customers, List.of(), null);
        }
        System.exit(0); // serve runs on in its own threads
    }

    interface Connect {
        Connection open() throws Exception;
    }

    private void run(String database, int customers, List<String> connection, Connect explain) throws Exception {
        Path home = Bench.WORK.resolve("console-" + database.toLowerCase(Locale.ROOT) + "-home-" + customers);
        // a shop's files of its own per database: the two parts may run at once
        DemoShop.Files shop = DemoShop.generate(Bench.WORK.resolve("console-shop-" + database.toLowerCase(Locale.ROOT) + "-" + customers),
                customers, END, DemoShop.DEFAULT_SEED);
        List<String> settings = new ArrayList<>(connection);
        settings.add("--kanta.home=" + home);
        if (!Files.exists(home.resolve("bench-filled"))) {
            fill(home, shop, settings);
        }
        if (!Files.exists(home.resolve("bench-runs"))) {
            moreRuns(home, settings);
        }
        List<CSVRecord> sample = sample(shop.customers(), customers);
        serve(settings);
        signIn();

        System.out.println();
        System.out.printf(Locale.ROOT, "%s, %,d customers: %d requests a page, one at a time, after %d to warm up%n", database, customers,
                REQUESTS, WARM_UP);
        System.out.printf("%-46s %8s %8s %8s%n", "page", "p50 ms", "p95 ms", "max ms");
        PeakHeap.reset();
        // each line as soon as its page is measured; the segment page, which counts its segment each time, last
        row("home", time(n -> "/console/"));
        row("search: customer id", time(n -> search(sample.get(n).get("customer_id"))));
        row("search: email", time(n -> search(sample.get(n).get("email"))));
        row("search: last name prefix", time(n -> search(prefix(sample.get(n).get("last_name")))));
        row("search: postal code", time(n -> search(sample.get(n).get("postal_code"))));
        List<String> ids = internalIds(sample);
        row("customer's time line", time(n -> "/console/customers/" + ids.get(n % ids.size())));
        row("run's progress (bench-campaign/b1 of " + RUN_KEYS.size() + " runs)", time(n -> "/console/campaigns/bench-campaign/runs/b1"));
        row("segments list (kept sizes)", time(n -> "/console/segments"));
        row("segment page (lapsing-valuable, kept size)", time(n -> "/console/segments/lapsing-valuable"));
        row("segment page, counted now (?count=now)", time(n -> "/console/segments/lapsing-valuable?count=now"));
        System.out.printf("peak heap %d MB; %s%n", PeakHeap.megabytes(), Bench.machine());
        if (explain != null) {
            explainRunPage(explain);
        }
    }

    private static void row(String page, Timings timings) {
        System.out.printf(Locale.ROOT, "%-46s %8.0f %8.0f %8.0f%n", page, timings.percentile(50), timings.percentile(95),
                timings.percentile(100));
    }

    /** The shop: demo customers and purchases imported, scored, and one run selected (its outbox for the run's page). */
    private static void fill(Path home, DemoShop.Files shop, List<String> settings) throws Exception {
        Bench.fresh(home.getFileName().toString());
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        Files.writeString(jobs.resolve("segments.yml"), CampaignBenchmark.SEGMENTS);
        Files.writeString(jobs.resolve("bench-campaign.yml"), CAMPAIGN);
        copyTree(Path.of("templates"), home.resolve("templates"));
        for (String[] kind : new String[][] {{"customers", shop.customers().toString()}, {"purchases", shop.purchases().toString()},
            {"consents", shop.consents().toString()}, {"suppressions", shop.suppressions().toString()}}) {
            kanta(settings, "import", kind[0], kind[1]);
        }
        kanta(settings, "score", "--as-of", END.toString());
        kanta(settings, "run", "bench-campaign", "--select-only", "--run-key", RUN_KEYS.get(0));
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            kanta(settings, "user", "add", USER, "--role", "admin");
        } finally {
            System.setIn(stdin);
        }
        Files.writeString(home.resolve("bench-filled"), "filled\n");
    }

    /**
     * The runs after the first ({@link #RUN_KEYS}), so the outbox holds several runs and the run
     * page's plan is made for one run among others; a shop filled before there were several gets them
     * added here.
     */
    private static void moreRuns(Path home, List<String> settings) throws IOException {
        Files.writeString(home.resolve("jobs/bench-campaign.yml"), CAMPAIGN);
        for (String runKey : RUN_KEYS.subList(1, RUN_KEYS.size())) {
            kanta(settings, "run", "bench-campaign", "--select-only", "--run-key", runKey);
        }
        Files.writeString(home.resolve("bench-runs"), String.join("\n", RUN_KEYS) + "\n");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void kanta(List<String> settings, String... command) {
        List<String> args = new ArrayList<>(Arrays.asList(command));
        args.addAll(settings);
        int exit = Kanta.run(args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("kanta " + String.join(" ", command) + " failed with exit code " + exit);
        }
    }

    /** {@code kanta serve} in this JVM on free ports; returns once the console answers. */
    private void serve(List<String> settings) throws Exception {
        consolePort = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--kanta.console.port=" + consolePort, "--kanta.web.port=" + freePort(),
                "--kanta.db.server-port=" + freePort(), "--logging.level.root=WARN"));
        args.addAll(settings);
        Thread serve = new Thread(() -> Kanta.run(args.toArray(String[]::new)), "kanta-serve");
        serve.setDaemon(true);
        serve.start();
        while (true) {
            try {
                if (get("/console/sign-in").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // serve is still starting
            }
            if (!serve.isAlive()) {
                throw new IllegalStateException("kanta serve ended before its console answered");
            }
            Thread.sleep(500);
        }
    }

    private void signIn() throws Exception {
        String page = get("/console/sign-in").body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "name=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url(ConsoleBenchmark.SIGN_IN)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").endsWith("/console/")) {
            throw new IllegalStateException("signing in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
        }
    }

    static final String SIGN_IN = "/console/sign-in";

    /** The pages' times: a few requests to warm up, then {@link #REQUESTS} timed, each checked to answer 200. */
    private Timings time(IntFunction<String> path) throws Exception {
        for (int n = 0; n < WARM_UP; n++) {
            ok(path.apply(n % REQUESTS));
        }
        Timings timings = new Timings();
        for (int n = 0; n < REQUESTS; n++) {
            String page = path.apply(n);
            long start = System.nanoTime();
            ok(page);
            timings.add((System.nanoTime() - start) / 1e6);
        }
        return timings;
    }

    private void ok(String path) throws Exception {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + consolePort + path;
    }

    private static String search(String text) {
        return "/console/customers?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String prefix(String lastName) {
        return lastName.substring(0, Math.min(4, lastName.length()));
    }

    /** The sampled customers' internal ids, as their search by id links them. */
    private List<String> internalIds(List<CSVRecord> sample) throws Exception {
        List<String> ids = new ArrayList<>();
        for (CSVRecord customer : sample) {
            Matcher link = CUSTOMER_LINK.matcher(get(search(customer.get("customer_id"))).body());
            if (link.find()) {
                ids.add(link.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no customer found by id");
        }
        return ids;
    }

    /** {@link #REQUESTS} customers of the file, spread over it. */
    private static List<CSVRecord> sample(Path customers, int count) throws IOException {
        int step = Math.max(1, count / REQUESTS);
        List<CSVRecord> sample = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(customers, StandardCharsets.UTF_8)) {
            int n = 0;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (n++ % step == 0 && sample.size() < REQUESTS && !row.get("email").isEmpty() && !row.get("postal_code").isEmpty()
                        && !row.get("last_name").isEmpty()) {
                    sample.add(row);
                }
            }
        }
        while (sample.size() < REQUESTS) {
            sample.add(sample.get(sample.size() % Math.max(1, sample.size())));
        }
        return sample;
    }

    /** The run page's outbox queries as PostgreSQL plans them for this run: no sequential scan of the outbox or the shop. */
    private static void explainRunPage(Connect database) throws Exception {
        System.out.println();
        try (Connection db = database.open()) {
            try (PreparedStatement runs = db.prepareStatement("SELECT COUNT(DISTINCT run_id), COUNT(*) FROM campaign_recipient");
                 ResultSet counted = runs.executeQuery()) {
                counted.next();
                System.out.printf(Locale.ROOT, "The run page's outbox queries on PostgreSQL (EXPLAIN), run b1 of an outbox of %d runs,"
                        + " %,d rows:%n", counted.getLong(1), counted.getLong(2));
            }
            long b1;
            try (PreparedStatement run = db.prepareStatement("SELECT id FROM campaign_run WHERE campaign = 'bench-campaign' AND run_key = 'b1'");
                 ResultSet found = run.executeQuery()) {
                found.next();
                b1 = found.getLong(1);
            }
            try (PreparedStatement vacuum = db.prepareStatement("VACUUM ANALYZE campaign_recipient")) {
                // the outbox as autovacuum keeps it: statistics of all its runs, the visibility map set
                vacuum.execute();
            }
            // the kept counts, and one failed status's latest rows (read only when the kept counts hold some)
            for (String sql : List.of(RecipientCounts.KEPT, RunWatch.FAILURES)) {
                try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + sql)) {
                    explain.setLong(1, b1);
                    if (sql.equals(RunWatch.FAILURES)) {
                        explain.setString(2, "email");
                        explain.setString(3, "FAILED");
                    }
                    List<String> plan = new ArrayList<>();
                    try (ResultSet lines = explain.executeQuery()) {
                        while (lines.next()) {
                            plan.add(lines.getString(1));
                        }
                    }
                    boolean scans = plan.stream().anyMatch(line -> line.contains("Seq Scan on campaign_recipient")
                            || line.contains("Seq Scan on customer") || line.contains("Seq Scan on purchase"));
                    System.out.println((scans ? "READS A WHOLE TABLE: " : "no full scan: ") + sql);
                    plan.forEach(line -> System.out.println("    " + line));
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Response times in milliseconds. */
    static final class Timings {
        private final List<Double> millis = new ArrayList<>();

        void add(double value) {
            millis.add(value);
        }

        /** The nearest-rank percentile (100: the slowest). */
        double percentile(int p) {
            List<Double> sorted = millis.stream().sorted().toList();
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }
}
