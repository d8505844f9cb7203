package fi.kanta.erasure;

import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import fi.kanta.cli.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kanta customer erase} end to end, on the HSQLDB file database and on PostgreSQL: a demo
 * shop with a customer who had a preview, a newsletter run, a list export and an import file in
 * the inbox; after the erasure (and the compaction) neither the database's own files nor a dump of
 * it, nor any file under out/ and inbox/, holds her email, name, phone or street; the original file
 * imported again is rejected with the erasure's reason; the next run reaches no one at her email
 * address, while her housemate at the same address is still selected.
 */
class ErasureCommandLineTest {

    static final String EMAIL = "hilkka.poistettava@example.com";
    static final String FIRST = "Hilkka";
    static final String LAST = "Poistettava";
    static final String PHONE = "+358401112233";
    static final String STREET = "Unohduskuja 7 B 12";

    /** Her row, her housemate's (the same household written another way) and a customer sharing her mailbox. */
    static final String CUSTOMERS = """
            customer_id,first_name,last_name,email,phone,street,postal_code,city,country,language
            ERA-1,Hilkka,Poistettava,hilkka.poistettava@example.com,+358401112233,Unohduskuja 7 B 12,00100,Helsinki,FI,fi
            ERA-2,Ville,Naapuri,ville.naapuri@example.com,+358409998877,UNOHDUSKUJA 7B 12,00100,Helsinki,FI,fi
            """;
    /** Someone else who reads her mailbox, imported after her first newsletter. */
    static final String SHARED_MAILBOX = """
            customer_id,first_name,last_name,email,street,postal_code,city,country,language
            ERA-3,Kaisa,Jakaja,hilkka.poistettava@example.com,Toinen katu 1,00200,Helsinki,FI,fi
            """;
    static final String CONSENTS = """
            customer_id,channel,granted,given_at
            ERA-1,newsletter,yes,2026-01-01
            ERA-1,email,yes,2026-01-01
            ERA-2,newsletter,yes,2026-01-01
            """;
    static final String SHARED_MAILBOX_CONSENTS = """
            customer_id,channel,granted,given_at
            ERA-3,newsletter,yes,2026-01-01
            """;

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    @Test
    void onTheEmbeddedDatabaseNothingOfHerRemainsAndSheDoesNotComeBack() throws Exception {
        String url = "jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true";
        eraseAndCheck(List.of(), url, "SA");
        try (Connection db = DriverManager.getConnection(url, "SA", fi.kanta.CommandLines.password(home))) {
            Path dump = elsewhere.resolve("dump.sql");
            try (Statement sql = db.createStatement()) {
                sql.execute("SCRIPT '" + dump + "'");
            }
            assertNothingOfHer("the SCRIPT dump", Files.readString(dump, StandardCharsets.UTF_8));
        }
        try (Stream<Path> files = Files.list(home.resolve("data"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("kanta.")).toList()) {
                assertNothingOfHer(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void onPostgresqlNothingOfHerRemainsAndSheDoesNotComeBack() throws Exception {
        String url = TestPostgres.freshDatabase("erasure_cli");
        eraseAndCheck(TestPostgres.settings(url), url, "postgres");
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
             Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("customer", "erasure", "campaign_recipient");
            StringBuilder everything = new StringBuilder();
            for (String table : tables) {
                try (ResultSet rs = sql.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (rs.next()) {
                        everything.append(rs.getString(1)).append('\n');
                    }
                }
            }
            assertNothingOfHer("every row of every table", everything.toString());
        }
    }

    private void eraseAndCheck(List<String> database, String url, String user) throws Exception {
        kanta(0, database, "demo", "--customers", "150");
        Path inbox = Files.createDirectories(home.resolve("inbox/done"));
        Files.writeString(inbox.resolve("people.csv"), CUSTOMERS);
        Files.writeString(inbox.resolve("people-consents.csv"), CONSENTS);
        kanta(0, database, "import", "customers", inbox.resolve("people.csv").toString());
        kanta(0, database, "import", "consents", inbox.resolve("people-consents.csv").toString());
        kanta(0, database, "preview", "win-back", "--customer", "ERA-1");
        kanta(0, database, "run", "weekly-newsletter", "--run-key", "before", "--yes");
        kanta(0, database, "export", "run", "weekly-newsletter/before");
        Files.writeString(inbox.resolve("mailbox.csv"), SHARED_MAILBOX);
        Files.writeString(inbox.resolve("mailbox-consents.csv"), SHARED_MAILBOX_CONSENTS);
        kanta(0, database, "import", "customers", inbox.resolve("mailbox.csv").toString());
        kanta(0, database, "import", "consents", inbox.resolve("mailbox-consents.csv").toString());
        assertThat(allFiles()).as("her traces before the erasure").anyMatch(text -> text.contains(EMAIL))
                .anyMatch(text -> text.contains(LAST));

        assertThat(kanta(0, database, "customer", "show", "ERA-1")).contains("Customer ERA-1").contains(EMAIL)
                .contains("newsletter yes").contains("weekly-newsletter/before");
        Path copy = elsewhere.resolve("era-1.json");
        kanta(0, database, "customer", "export", "ERA-1", "--out", copy.toString());
        assertThat(Files.readString(copy)).contains("\"customerId\" : \"ERA-1\"").contains("\"email\" : \"" + EMAIL + "\"")
                .contains("\"runKey\" : \"before\"");

        String erased = kanta(0, database, "customer", "erase", "ERA-1", "--reason", "asked by email");
        String shown = kanta(0, database, "customer", "show", "ERA-1");
        assertThat(shown).containsPattern("ERA-1: erased on .* \\(receipt E-").doesNotContain(EMAIL).doesNotContain(LAST);
        assertThat(kanta(0, database, "requests")).contains("Answered in the last 12 months").contains("access")
                .contains("portability").containsPattern("erasure, .*receipt E-");

        assertThat(erased).containsPattern("ERA-1: erased, receipt E-\\d{8}-[A-Z0-9]{8}");
        for (String text : allFiles()) {
            assertNothingOfHer("a file under out/ or inbox/", text);
        }
        assertThat(kanta(0, database, "customer", "erase", "ERA-1")).as("erased before: the same receipt")
                .contains(erased.substring(erased.indexOf("ERA-1: erased"), erased.indexOf(')', erased.indexOf("ERA-1: erased"))));

        Path original = elsewhere.resolve("customers.csv");
        Files.writeString(original, CUSTOMERS);
        String again = kanta(0, database, "import", "customers", original.toString());
        assertThat(again).as("hers rejected, her housemate's imported").contains("2 customers rows read, 1 imported")
                .contains("1 rejected");
        Path mailbox = elsewhere.resolve("mailbox.csv");
        Files.writeString(mailbox, SHARED_MAILBOX);
        assertThat(kanta(0, database, "import", "customers", mailbox.toString())).as("kept, without her address")
                .contains("1 imported (1 with a value left out or corrected)");
        Path rejects;
        try (Stream<Path> found = Files.walk(home.resolve("out/import/customers"))) {
            rejects = found.filter(f -> f.getFileName().toString().equals("rejects.csv"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
        assertThat(Files.readString(rejects)).containsPattern("erased on \\d{4}-\\d{2}-\\d{2} at the customer's request");

        kanta(0, database, "run", "weekly-newsletter", "--run-key", "after", "--yes");
        try (Connection db = DriverManager.getConnection(url, user, fi.kanta.CommandLines.password(home));
             Statement sql = db.createStatement()) {
            assertThat(count(sql, "SELECT COUNT(*) FROM customer WHERE external_id = 'ERA-1'")).isZero();
            assertThat(count(sql, "SELECT COUNT(*) FROM customer WHERE LOWER(email) = '" + EMAIL + "'")).isZero();
            assertThat(count(sql, "SELECT COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                    + " JOIN customer c ON c.id = r.customer_id WHERE u.run_key = 'after' AND c.external_id = 'ERA-2'"))
                    .as("the housemate is still selected").isEqualTo(1);
            assertThat(count(sql, "SELECT COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                    + " JOIN customer c ON c.id = r.customer_id WHERE u.run_key = 'after' AND c.external_id = 'ERA-3'"))
                    .as("no one at her email address").isZero();
            assertThat(count(sql, "SELECT COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                    + " WHERE u.run_key = 'before' AND r.customer_id < 0 AND r.address_key LIKE 'erased-%'"))
                    .as("her outbox row, a tombstone").isEqualTo(1);
            assertThat(count(sql, "SELECT COUNT(*) FROM erasure WHERE state = 'DONE' AND customer_id IS NULL"
                    + " AND requested_by = 'kanta customer erase'")).isEqualTo(1);
        }
    }

    private String kanta(int exit, List<String> database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        all.add("--kanta.home=" + home);
        return run(exit == 0 ? ExitCode.DONE : exit, all.toArray(String[]::new));
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertNothingOfHer(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(lower).as(where + ": her email").doesNotContain(EMAIL);
        assertThat(text).as(where + ": her name").doesNotContain(LAST);
        assertThat(text).as(where + ": her phone").doesNotContain(PHONE).doesNotContain(PHONE.substring(1));
        assertThat(text).as(where + ": her street").doesNotContain(STREET);
    }

    /** The readable text of every file under out/ and inbox/: workbooks unzipped, PDFs' text, gzip unpacked. */
    private List<String> allFiles() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("out", "inbox")) {
            try (Stream<Path> walk = Files.walk(home.resolve(folder))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    texts.add(text(file));
                }
            }
        }
        return texts;
    }

    static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        if (name.endsWith(".xlsx")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements();) {
                    try (InputStream in = zip.getInputStream(entries.nextElement())) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } else if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                text.append(new PDFTextStripper().getText(pdf));
            }
        } else if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                text.append(out.toString(StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
