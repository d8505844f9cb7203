package fi.kanta.bench;

import fi.kanta.TestCampaigns;
import fi.kanta.cli.Kanta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The delivery benchmark (not a test): {@code kanta run} end to end on HSQLDB in this JVM
 * (-Xmx512m): an email campaign to N subscribers sent to smtp-sink (selection, rendering, SMTP), and a
 * letter campaign printing M letters. Run with bench/delivery-benchmark, which starts smtp-sink.
 * Arguments: the smtp-sink port, emails (default 100,000), letters (default 5,000), then any --kanta.* settings.
 */
public final class DeliveryBenchmark {

    private DeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        int emails = Bench.number(rest, 0, 100_000);
        int letters = Bench.number(rest, 1, 5_000);
        CommandTable table = new CommandTable(Bench.settings(rest));
        Path home = Bench.fresh("delivery-home");
        shop(home, Math.max(emails, letters), letters);
        List<String> connection = List.of("--kanta.home=" + home, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--kanta.delivery.connections=10");
        table.run("emails to smtp-sink", emails, connection, "run", "bench-mail", "--run-key", "b1", "--yes");
        table.run("letters printed", letters, connection, "run", "bench-letters", "--run-key", "b1", "--yes");
        try (var files = Files.list(home.resolve("out/bench-letters/b1/letters"))) {
            List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
            long bytes = 0;
            for (Path pdf : pdfs) {
                bytes += Files.size(pdf);
            }
            table.note(String.format(Locale.ROOT, "  letters: %d PDF files, %,d bytes (%,.1f KB a letter, one page each)",
                    pdfs.size(), bytes, bytes / 1024.0 / letters));
        }
        table.print("Whole-command wall time (selection, rendering, sending/printing; start-up included), HSQLDB,"
                + " 10 SMTP connections, no DKIM.");
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
        CommandTable.check(Kanta.run("import", "customers", customersFile.toString(), "--kanta.home=" + home));
        CommandTable.check(Kanta.run("import", "consents", consentsFile.toString(), "--kanta.home=" + home));
        TestCampaigns.define(home, "bench-mail", """
                name: bench-mail
                kind: win-back
                period: weekly
                segment: { all: [ { field: email_consent, op: "=", value: true } ] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: BM, discount: "20 %", valid-days: 30 }
                """);
        TestCampaigns.define(home, "bench-letters", String.format("""
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

}
