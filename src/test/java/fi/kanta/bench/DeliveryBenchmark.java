package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.util.FileSystemUtils;

/**
 * The delivery benchmark (not a test): {@code kanta run} end to end on HSQLDB in this JVM
 * (-Xmx512m): an email campaign to N subscribers sent to smtp-sink (selection, rendering, SMTP), and a
 * letter campaign printing M letters. Run with bench/delivery-benchmark, which starts smtp-sink.
 * Arguments: the smtp-sink port, emails (default 100,000), letters (default 5,000), then any --kanta.* settings.
 */
public final class DeliveryBenchmark {

    private final List<String> rows = new ArrayList<>();
    private final List<String> settings;

    private DeliveryBenchmark(List<String> settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        int emails = Bench.number(rest, 0, 100_000);
        int letters = Bench.number(rest, 1, 5_000);
        DeliveryBenchmark bench = new DeliveryBenchmark(Bench.settings(rest));
        Path home = Bench.fresh("delivery-home");
        shop(home, Math.max(emails, letters), letters);
        String[] connection = {"--kanta.home=" + home, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
            "--kanta.delivery.connections=10"};
        bench.kanta("emails to smtp-sink", emails, connection, "run", "bench-mail", "--run-key", "b1");
        bench.kanta("letters printed", letters, connection, "run", "bench-letters", "--run-key", "b1");
        try (var files = Files.list(home.resolve("out/bench-letters/b1/letters"))) {
            List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
            long bytes = 0;
            for (Path pdf : pdfs) {
                bytes += Files.size(pdf);
            }
            bench.rows.add(String.format(Locale.ROOT, "  letters: %d PDF files, %,d bytes (%,.1f KB a letter, one page each)",
                    pdfs.size(), bytes, bytes / 1024.0 / letters));
        }
        bench.print();
    }

    private static void shop(Path home, int customers, int letters) throws IOException {
        StringBuilder people = new StringBuilder("customer_id,first_name,last_name,email,street,postal_code,country,language\n");
        StringBuilder consents = new StringBuilder("customer_id,channel,granted,given_at\n");
        String[] languages = {"fi", "sv", "en"};
        for (int i = 0; i < customers; i++) {
            people.append(String.format(Locale.ROOT, "B%d,Asiakas%d,Äijälä-Öhman,b%d@bench.example,Testikatu %d,%05d,FI,%s%n", i, i, i,
                    i % 500 + 1, i % 99999, languages[i % 3]));
            consents.append("B").append(i).append(",email,yes,2026-01-01 10:00\n");
        }
        Path customersFile = Files.writeString(home.resolve("customers.csv"), people);
        Path consentsFile = Files.writeString(home.resolve("consents.csv"), consents);
        check(Kanta.run("import", "customers", customersFile.toString(), "--kanta.home=" + home));
        check(Kanta.run("import", "consents", consentsFile.toString(), "--kanta.home=" + home));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        Files.writeString(jobs.resolve("bench-mail.yml"), """
                name: bench-mail
                kind: win-back
                period: weekly
                segment: { all: [ { field: email_consent, op: "=", value: true } ] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: BM, discount: "20 %", valid-days: 30 }
                """);
        Files.writeString(jobs.resolve("bench-letters.yml"), String.format("""
                name: bench-letters
                kind: sales
                period: weekly
                segment: { all: [] }
                selection: { frequency-cap: { counts: false, obeys: false }, max-recipients: %d }
                holdout: 0
                channels:
                  - { type: letter, template: win-back, cost: 1.20 }
                offer: { code-prefix: BL, discount: "20 %%", valid-days: 30 }
                """, letters));
    }

    private void kanta(String what, long count, String[] connection, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(connection));
        args.addAll(settings);
        PeakHeap.reset();
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int exit;
        try {
            exit = Kanta.run(args.toArray(String[]::new));
        } finally {
            System.setOut(console);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        console.print(captured.toString(StandardCharsets.UTF_8));
        check(exit);
        rows.add(String.format(Locale.ROOT, "%-24s %,10d %9.1f %10.0f %8d", what, count, seconds, count / seconds, PeakHeap.megabytes()));
    }

    private static void check(int exit) {
        if (exit != 0) {
            throw new IllegalStateException("a kanta command failed with exit code " + exit);
        }
    }

    private void print() {
        System.out.println();
        System.out.printf("%-24s %10s %9s %10s %8s%n", "what", "count", "time (s)", "per s", "heap MB");
        rows.forEach(System.out::println);
        System.out.printf("%nWhole-command wall time (selection, rendering, sending/printing; start-up included), HSQLDB,"
                + " 10 SMTP connections, no DKIM.%n%s%n", Bench.machine());
    }
}
