package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import fi.kanta.demo.DemoShop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * kill -9 during import, scoring and export (part of the chaos suite): each command runs in a
 * child JVM killed after a random delay, then runs again to the end; the rows are counted with SQL
 * (exact counts against the files, no key twice) and the export's workbook is opened: whole or
 * absent, never cut off.
 */
final class ChaosData {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final String AS_OF = "2026-11-23";

    private final Random random;
    private final int customers;
    private final List<String> rows = new ArrayList<>();

    ChaosData(Random random, boolean quick) {
        this.random = random;
        this.customers = quick ? 20_000 : 100_000;
    }

    String table() throws Exception {
        Path home = Bench.fresh("chaos-data");
        DemoShop.Files shop = DemoShop.generate(Bench.WORK.resolve("chaos-data-shop-" + customers), customers, END, DemoShop.DEFAULT_SEED);
        String homeSetting = "--kanta.home=" + home;
        Kanta.run("status", homeSetting); // the database and its tables made first: a kill at start-up is not the point here

        // import customers, killed, imported again
        String at = killed(home, "import customers", 500, 6_000, "import", "customers", shop.customers().toString(), homeSetting);
        long atKill = ChaosSuite.count(home, "SELECT COUNT(*) FROM customer");
        int exit = rerun(home, "import", "customers", shop.customers().toString(), homeSetting);
        long after = ChaosSuite.count(home, "SELECT COUNT(*) FROM customer");
        long distinct = ChaosSuite.count(home, "SELECT COUNT(DISTINCT external_id) FROM customer");
        row("import customers", at, atKill, exit, after, shop.customerRows(), after - distinct, "");

        // import purchases, killed, imported again
        at = killed(home, "import purchases", 1_000, 15_000, "import", "purchases", shop.purchases().toString(), homeSetting);
        atKill = ChaosSuite.count(home, "SELECT COUNT(*) FROM purchase");
        exit = rerun(home, "import", "purchases", shop.purchases().toString(), homeSetting);
        after = ChaosSuite.count(home, "SELECT COUNT(*) FROM purchase");
        distinct = ChaosSuite.count(home, "SELECT COUNT(DISTINCT order_id) FROM purchase");
        long rejects = shop.purchaseRows() - after;
        row("import purchases", at, atKill, exit, after, shop.purchaseRows(), after - distinct,
                rejects == 0 ? "" : rejects + " rows not imported (see the reject report)");

        // score, killed, scored again
        String asOf = "--as-of=" + AS_OF;
        at = killed(home, "score", 1_000, 10_000, "score", asOf, homeSetting);
        String scored = "SELECT COUNT(*) FROM customer_score WHERE as_of = DATE '" + AS_OF + "'";
        atKill = ChaosSuite.count(home, scored);
        exit = rerun(home, "score", asOf, homeSetting);
        after = ChaosSuite.count(home, scored);
        distinct = ChaosSuite.count(home, "SELECT COUNT(DISTINCT customer_id) FROM customer_score WHERE as_of = DATE '" + AS_OF + "'");
        long buyers = ChaosSuite.count(home, "SELECT COUNT(DISTINCT customer_id) FROM purchase");
        row("score", at, atKill, exit, after, buyers, after - distinct, "expected: customers with a purchase");

        // export: a reference export, then one killed, then one to the end
        Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve("segments.yml"), """
                everyone:
                  description: every customer (the chaos suite's export)
                  all: []
                """);
        int referenceExit = Kanta.run("export", "segment", "everyone", homeSetting);
        Path exports = home.resolve("out/exports");
        long expected = workbookRows(onlyFile(exports));
        try (var files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        at = killed(home, "export", 500, 6_000, "export", "segment", "everyone", homeSetting);
        StringBuilder state = new StringBuilder();
        try (var files = Files.list(exports)) {
            for (Path file : files.toList()) {
                long whole = workbookRows(file);
                state.append(file.getFileName()).append(whole < 0 ? " CUT OFF " : " whole ").append(whole < 0 ? "" : whole + " rows ");
            }
        }
        String atKillFile = state.isEmpty() ? "no file at the kill (absent)" : "at the kill: " + state.toString().strip();
        exit = rerun(home, "export", "segment", "everyone", homeSetting);
        after = workbookRows(onlyFile(exports));
        row("export segment (.xlsx)", at, -1, exit, after, expected, 0, atKillFile + (referenceExit == 0 ? "" : "; reference exit " + referenceExit));

        return String.format(Locale.ROOT, "kill -9 during import, scoring and export (HSQLDB, demo shop of %,d customers), then the same"
                + " command again%n%-24s %-16s %10s %5s %10s %10s %5s  %s%n", customers, "command", "killed after", "rows then", "exit",
                "rows after", "expected", "dupl.", "notes")
                + String.join("", rows);
    }

    private void row(String what, String at, long atKill, int exit, long after, long expected, long duplicates, String note) {
        String line = String.format(Locale.ROOT, "%-24s %-16s %10s %5d %,10d %,10d %5d  %s%s%n", what, at,
                atKill < 0 ? "-" : String.format(Locale.ROOT, "%,d", atKill), exit, after, expected, duplicates,
                after == expected ? "exact" : "NOT EXACT", note.isEmpty() ? "" : "; " + note);
        System.out.print(line);
        rows.add(line);
    }

    /** Runs the command in a child JVM and kills it after a random delay; says after how long and whether it had ended. */
    private String killed(Path home, String what, int fromMillis, int toMillis, String... args) throws Exception {
        long delay = fromMillis + random.nextInt(toMillis - fromMillis);
        ChaosSuite.Child child = ChaosSuite.Child.start(home, what.replace(' ', '-'), List.of(args));
        // the delay counts from when the command has opened the database (its start-up is slow on a loaded machine)
        String opened = " " + child.pid() + " --- ";
        Path log = home.resolve("out/kanta.log");
        for (long wait = System.nanoTime(); child.alive() && System.nanoTime() - wait < 300e9; Thread.sleep(50)) {
            if (Files.exists(log) && Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.contains(opened) && l.contains("Successfully validated"))) {
                break;
            }
        }
        long start = System.nanoTime();
        while (child.alive() && System.nanoTime() - start < delay * 1_000_000) {
            Thread.sleep(10);
        }
        if (!child.alive()) {
            return String.format(Locale.ROOT, "ended first (%d)", child.exit());
        }
        child.kill();
        return String.format(Locale.ROOT, "%.1f s in", delay / 1000.0);
    }

    private static int rerun(Path home, String... args) throws Exception {
        return ChaosSuite.Child.start(home, "again", List.of(args)).await();
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            if (all.size() != 1) {
                throw new IllegalStateException("expected one export in " + folder + ", found " + all);
            }
            return all.get(0);
        }
    }

    /** The data rows of a workbook's first sheet (header not counted), or -1 when it is not a whole .xlsx. */
    static long workbookRows(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return -1;
            }
            long rows = 0;
            boolean closed = false;
            try (BufferedReader xml = new BufferedReader(new InputStreamReader(zip.getInputStream(sheet), StandardCharsets.UTF_8))) {
                char[] buffer = new char[1 << 16];
                String carry = "";
                for (int n = xml.read(buffer); n > 0; n = xml.read(buffer)) {
                    String text = carry + new String(buffer, 0, n);
                    for (int at = text.indexOf("<row "); at >= 0; at = text.indexOf("<row ", at + 1)) {
                        rows += at + 5 > carry.length() ? 1 : 0; // not one counted in the last round already
                    }
                    closed |= text.contains("</worksheet>");
                    carry = text.substring(Math.max(0, text.length() - 16));
                }
            }
            return closed ? rows - 1 : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
