package fi.kanta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.campaign.Period;
import fi.kanta.cli.Kanta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kanta demo} end to end: the real command line, a real HSQLDB file database. */
class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void generatesAndImportsTheDemoShopWithoutRejectsAndAgainTheSameDay() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        String week = Period.WEEKLY.runKey(ZonedDateTime.now(ZoneId.of("Europe/Helsinki")));
        String output = run(0, "demo", "--customers", "300", "--kanta.home=" + home);
        assertThat(output).contains("customers.csv: 300 customers rows read, 300 imported, 0 rejected")
                .contains("Demo data:      out/demo/input/").contains("Reject reports: none").contains("Next: kanta status");

        Path input = home.resolve("out/demo/input");
        long purchaseRows = DemoShopTest.read(input.resolve("purchases.csv")).size();
        long consentRows = DemoShopTest.read(input.resolve("consents.csv")).size();
        long suppressionRows = DemoShopTest.read(input.resolve("suppressions.csv")).size();
        assertThat(purchaseRows).isGreaterThan(300);
        assertThat(database("customer")).isEqualTo(300);
        assertThat(database("purchase")).isEqualTo(purchaseRows);
        assertThat(database("consent")).isEqualTo(consentRows).isPositive();
        assertThat(database("suppression")).isEqualTo(suppressionRows);
        assertThat(database("product")).isEqualTo(DemoShopTest.read(input.resolve("products.csv")).size()).isGreaterThan(250);
        assertThat(database("order_line")).isEqualTo(DemoShopTest.read(input.resolve("order-lines.csv")).size())
                .isGreaterThan(purchaseRows);
        assertThat(database("product_name")).isEqualTo(3 * database("product"));
        assertThat(database("import_reject")).isZero();
        assertThat(rejectReports()).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM purchase WHERE currency = 'SEK' AND amount_base < amount")).isPositive();
        assertThat(query("SELECT COUNT(*) FROM purchase WHERE amount < 0")).isPositive();
        // the week's win-back run, from the example definitions the demo copied into the empty home
        assertThat(home.resolve("jobs/win-back.yml")).exists();
        // the demo's home has its settings, marked as the demo's: its made-up sender may print letters
        assertThat(Files.readString(home.resolve("kanta.properties"))).contains("kanta.demo=true")
                .contains("kanta.sender.name=Kanta Demo Shop");
        assertThat(output).contains("win-back/" + week + ": done").contains("= recipients");
        long sent = query("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENT' AND channel = 'email'");
        assertThat(sent).isPositive();
        try (var emails = Files.list(home.resolve("out/win-back/" + week + "/emails"))) {
            assertThat(emails.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(sent);
        }
        assertThat(home.resolve("out/win-back/" + week + "/letters/letters-0001.pdf")).exists();
        assertThat(home.resolve("out/win-back/" + week + "/letters/addresses.csv")).exists();
        assertThat(home.resolve("out/win-back/" + week + "/recipients.xlsx")).exists();
        assertThat(output).contains("Recipients list: out/win-back/" + week + "/recipients.xlsx");
        assertThat(query("SELECT COUNT(*) FROM campaign_recipient WHERE status IN ('PENDING', 'SENDING', 'FAILED')")).isZero();

        String again = run(0, "demo", "--customers", "300", "--kanta.home=" + home);
        if (day.equals(LocalDate.now(ZoneId.of("Europe/Helsinki")))) { // the same files only on the same day
            assertThat(again.split("already imported", -1)).hasSize(7);
        }
        if (Period.WEEKLY.runKey(ZonedDateTime.now(ZoneId.of("Europe/Helsinki"))).equals(week)) {
            assertThat(again).contains("has already run");
        }
        assertThat(database("customer")).isEqualTo(300);
        assertThat(database("purchase")).isEqualTo(purchaseRows);
        assertThat(rejectReports()).isEmpty();
    }

    @Test
    void aSizeOutOfRangeIsAUsageError() {
        assertThat(Kanta.run("demo", "--customers", "3", "--kanta.home=" + home)).isEqualTo(2);
        assertThat(home.resolve("data")).doesNotExist(); // refused before anything started
    }

    /** Runs kanta, checks its exit code and returns what it printed. */
    static String run(int expectedExit, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = Kanta.run(args);
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(code).as(output).isEqualTo(expectedExit);
        return output;
    }

    private long database(String table) throws SQLException {
        return query("SELECT COUNT(*) FROM " + table);
    }

    /** Opened after kanta has returned (and closed the database): one process at a time. */
    private long query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Path> rejectReports() throws IOException {
        Path imports = home.resolve("out/import");
        if (!Files.exists(imports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(imports)) {
            return files.filter(file -> file.getFileName().toString().equals("rejects.csv")).toList();
        }
    }
}
