package fi.kanta.bench;

import fi.kanta.KantaApplication;
import fi.kanta.TestCampaigns;
import fi.kanta.cli.Kanta;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The chaos suite (not a test; run with bench/chaos): kill -9 at random moments of a send to
 * Postfix's smtp-sink, each followed by {@code kanta resume}; the same for {@code kanta serve}; the
 * SMTP fault matrix ({@link ChaosFaults}); kill -9 during import, scoring and export
 * ({@link ChaosData}). Every command runs as a user runs it: in a child JVM (the kills) or through
 * {@link Kanta#run} in this JVM, and the results are read from the database with SQL and from what
 * the SMTP server received. Prints one table per part, once with plain resumes and once with
 * {@code --resend-unconfirmed}.
 *
 * <p>Arguments: the unpacked Postfix package (bench/lib/postfix.sh), then {@code --quick} (2,000
 * emails, 5 kills, smaller data), {@code --only=send,serve,faults,data}, {@code --resumes=default} or
 * {@code --resumes=resend} (one of the two ways to resume; both by default), {@code --seed=N}.
 */
public final class ChaosSuite {

    static final int CONNECTIONS = 4;
    static final String CAMPAIGN = "chaos-mail";

    private final Path postfix;
    private final boolean quick;
    private final Random random;
    private final List<String> tables = new ArrayList<>();
    private boolean[] modes = {false, true};

    private ChaosSuite(Path postfix, boolean quick, long seed) {
        this.postfix = postfix;
        this.quick = quick;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Path postfix = Path.of(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        boolean quick = rest.contains("--quick");
        String only = rest.stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7)).findFirst()
                .orElse("send,serve,faults,data");
        long seed = rest.stream().filter(a -> a.startsWith("--seed=")).map(a -> Long.parseLong(a.substring(7))).findFirst()
                .orElse(System.currentTimeMillis());
        ChaosSuite suite = new ChaosSuite(postfix, quick, seed);
        if (rest.contains("--resumes=default")) {
            suite.modes = new boolean[] {false};
        } else if (rest.contains("--resumes=resend")) {
            suite.modes = new boolean[] {true};
        }
        long start = System.nanoTime();
        System.out.printf("chaos suite, %s, seed %d%n", quick ? "quick" : "full", seed);
        if (only.contains("send")) {
            suite.sends();
        }
        if (only.contains("serve")) {
            suite.serves();
        }
        if (only.contains("faults")) {
            suite.tables.add(new ChaosFaults(postfix, quick, suite.modes).table());
        }
        if (only.contains("data")) {
            suite.tables.add(new ChaosData(suite.random, quick).table());
        }
        System.out.println();
        suite.tables.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "chaos suite took %.1f min; %s, load average %s%n", (System.nanoTime() - start) / 60e9,
                Bench.machine(), Files.readString(Path.of("/proc/loadavg")).strip());
    }

    // ---- kill -9 during a send, then resume ----------------------------------------------------

    private void sends() throws Exception {
        int emails = quick ? 2_000 : 10_000;
        int kills = quick ? 5 : 20;
        int rate = 100;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "kill -9 during a send: %,d emails to smtp-sink, %d connections, %d emails/s, %d kills at random moments,"
                        + " each followed by kanta resume%n", emails, CONNECTIONS, rate, kills));
        table.append(SendResult.HEADER);
        StringBuilder notes = new StringBuilder();
        for (boolean resend : modes) {
            SendResult result = killedSend("send", emails, kills, rate, resend, false);
            table.append(result.row());
            notes.append(result.killLog());
            System.out.print(SendResult.HEADER + result.row());
        }
        tables.add(table.append(notes).toString());
    }

    private void serves() throws Exception {
        int emails = quick ? 1_000 : 3_000;
        int rate = 50;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "kill -9 of kanta serve while it resumes a send: %,d emails, %d emails/s; the run is killed first, serve's"
                        + " first round resumes it and is killed mid-send, then kanta resume%n", emails, rate));
        table.append(SendResult.HEADER);
        StringBuilder notes = new StringBuilder();
        for (boolean resend : modes) {
            SendResult result = killedSend("serve", emails, 2, rate, resend, true);
            table.append(result.row());
            notes.append(result.killLog());
            System.out.print(SendResult.HEADER + result.row());
        }
        tables.add(table.append(notes).toString());
    }

    /** What a killed and resumed send came to. */
    record SendResult(String mode, int emails, int kills, long maxInFlight, long delivered, long duplicates, long missing,
            long unconfirmed, long resent, long partial, long suppressions, String exits, String killLog) {

        static final String HEADER = String.format("%-28s %7s %5s %8s %9s %5s %7s %7s %6s %7s %6s %5s  %s%n", "resumes", "targets",
                "kills", "max SEND", "delivered", "dupl.", "missing", "UNCONF.", "resent", "cut off", "suppr.", "wrong", "exit codes");

        String row() {
            return String.format(Locale.ROOT, "%-28s %,7d %5d %8d %,9d %5d %7d %7d %6d %7d %6d %5d  %s%n", mode, emails, kills, maxInFlight,
                    delivered, duplicates, missing, unconfirmed, resent, partial, suppressions, suppressions, exits);
        }
    }

    /**
     * One send killed {@code kills} times at random moments (each a random number of emails into
     * the send, plus up to 200 ms), each kill followed by {@code kanta resume} in a new JVM; with
     * {@code viaServe} the second attempt is {@code kanta serve}, whose first round resumes the
     * stale run. After each kill the emails left SENDING (in flight, to become UNCONFIRMED) are
     * counted with SQL.
     */
    private SendResult killedSend(String name, int emails, int kills, int rate, boolean resend, boolean viaServe) throws Exception {
        String mode = resend ? "resume --resend-unconfirmed" : "resume (default)";
        Path home = Bench.fresh("chaos-" + name + (resend ? "-resend" : "-default"));
        shop(home, emails);
        try (ChaosSink sink = ChaosSink.start(postfix, home.resolve("sink"))) {
            List<String> settings = List.of("--kanta.home=" + home, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sink.port(),
                    "--kanta.delivery.connections=" + CONNECTIONS, "--kanta.delivery.rate-per-second=" + rate);
            long[] points = random.longs(kills, emails / 50, emails - emails / 50).sorted().toArray();
            StringBuilder log = new StringBuilder();
            List<String> exits = new ArrayList<>();
            long maxInFlight = 0;
            List<String> inFlights = new ArrayList<>();
            int done = 0;
            Child child = Child.start(home, "run", args(List.of("run", CAMPAIGN, "--run-key", "k1", "--yes"), settings));
            for (int k = 0; k < kills; k++) {
                long before = sink.started();
                long target = Math.max(points[k], before + 1);
                long quiet = System.nanoTime();
                for (long seen = before; sink.started() < target && child.alive(); Thread.sleep(10)) {
                    if (sink.started() > seen) {
                        seen = sink.started();
                        quiet = System.nanoTime();
                    } else if (System.nanoTime() - quiet > TimeUnit.MINUTES.toNanos(3)) {
                        break; // no email for minutes: killed where it is (the log says so)
                    }
                }
                Thread.sleep(random.nextInt(200));
                if (!child.alive()) {
                    log.append(String.format("  %s %s: ended by itself (exit %d) before kill %d%n", mode, child.what, child.exit(), k + 1));
                    exits.add(String.valueOf(child.exit()));
                    break;
                }
                child.kill();
                done++;
                exits.add("kill");
                long inFlight = count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENDING'");
                maxInFlight = Math.max(maxInFlight, inFlight);
                inFlights.add(String.valueOf(inFlight));
                String line = String.format(Locale.ROOT, "  %s: kill %2d of %s at %,6d emails received: %d SENDING%n", mode, k + 1,
                        child.what, sink.started(), inFlight);
                System.out.print(line);
                log.append(line);
                List<String> resume = new ArrayList<>(List.of("resume", CAMPAIGN + "/k1"));
                if (resend) {
                    resume.add("--resend-unconfirmed");
                }
                if (viaServe && k == 0) {
                    child = Child.start(home, "serve", args(List.of("serve", "--kanta.web.port=" + freePort(),
                            "--kanta.db.server-port=" + freePort()), settings));
                } else {
                    child = Child.start(home, "resume", args(resume, settings));
                }
            }
            exits.add(String.valueOf(child.await()));
            ChaosSink.Received received = sink.received();
            Set<String> targets = messageIds(home, "r.recipient_group = 'TARGET'");
            Set<String> distinct = new HashSet<>(received.messageIds());
            long delivered = targets.stream().filter(distinct::contains).count();
            return new SendResult(mode, targets.size(), done, maxInFlight, delivered, received.messageIds().size() - distinct.size(),
                    targets.size() - delivered,
                    count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'UNCONFIRMED'"),
                    count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE resent"), received.partial(),
                    count(home, "SELECT COUNT(*) FROM suppression"), compress(exits),
                    String.format("  %s: emails SENDING (in flight) right after each kill: %s%s%n", mode, String.join(" ", inFlights),
                            log.indexOf("ended by itself") >= 0 ? " (" + log.toString().strip() + ")" : ""));
        }
    }

    /** 137 kill kill … 3 → "kill×5, 3". */
    private static String compress(List<String> exits) {
        long killed = exits.stream().filter("kill"::equals).count();
        List<String> others = exits.stream().filter(e -> !e.equals("kill")).toList();
        return (killed > 0 ? "killed×" + killed + (others.isEmpty() ? "" : ", ") : "") + "then " + String.join(", ", others);
    }

    private static List<String> args(List<String> command, List<String> settings) {
        List<String> all = new ArrayList<>(command);
        all.addAll(settings);
        return all;
    }

    /** N customers with email consent, and a campaign to all of them (no holdout, no frequency cap). */
    static void shop(Path home, int customers) throws IOException {
        StringBuilder people = new StringBuilder("customer_id,first_name,last_name,email\n");
        StringBuilder consents = new StringBuilder("customer_id,channel,granted,given_at\n");
        for (int i = 0; i < customers; i++) {
            people.append("C").append(i).append(",Asiakas,Numero ").append(i).append(",c").append(i).append("@chaos.example\n");
            consents.append("C").append(i).append(",email,yes,2026-01-01 10:00\n");
        }
        Path customersFile = Files.writeString(home.resolve("customers.csv"), people);
        Path consentsFile = Files.writeString(home.resolve("consents.csv"), consents);
        CommandTable.check(Kanta.run("import", "customers", customersFile.toString(), "--kanta.home=" + home));
        CommandTable.check(Kanta.run("import", "consents", consentsFile.toString(), "--kanta.home=" + home));
        define(home, CAMPAIGN);
    }

    static void define(Path home, String campaign) throws IOException {
        TestCampaigns.define(home, campaign, """
                name: %s
                kind: win-back
                period: weekly
                segment: { all: [] }
                selection: { frequency-cap: { counts: false, obeys: false } }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: CH, discount: "10 %%", valid-days: 14 }
                """.formatted(campaign));
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    // ---- the database, read with SQL after the command has ended ---------------------------------

    static Connection open(Path home) throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", fi.kanta.CommandLines.password(home));
    }

    static long count(Path home, String sql) throws SQLException {
        try (Connection db = open(home); Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    static List<String> strings(Path home, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = open(home); Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /** The Message-IDs of the outbox rows that meet the condition (as CampaignEmails makes them). */
    static Set<String> messageIds(Path home, String condition) throws SQLException {
        return new HashSet<>(strings(home, "SELECT '<' || u.run_key || '.' || CAST(r.customer_id AS VARCHAR(20)) || '.' || u.campaign"
                + " || '@kanta-demo.example>' FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id WHERE " + condition));
    }

    // ---- a kanta command in a JVM of its own -------------------------------------------------------

    /** A kanta command in a child JVM on this class path; its output goes to a file under the home. */
    static final class Child {

        private static int started;
        final String what;
        private final Process process;
        private final Path output;

        private Child(String what, Process process, Path output) {
            this.what = what;
            this.process = process;
            this.output = output;
        }

        static Child start(Path home, String what, List<String> args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), KantaApplication.class.getName()));
            command.addAll(args);
            Path output = home.resolve("child-" + (++started) + "-" + what + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new Child(what, process, output);
        }

        long pid() {
            return process.pid();
        }

        boolean alive() {
            return process.isAlive();
        }

        /** SIGKILL (destroyForcibly on Linux), and waits until the process is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        int await() throws InterruptedException {
            return process.waitFor();
        }

        int exit() {
            return process.exitValue();
        }

        String log() {
            try {
                return Files.readString(output);
            } catch (IOException e) {
                return "";
            }
        }
    }

}
