package fi.kanta.cli;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What {@code kanta import} tells the user, through the real command on the embedded database:
 * repeated keys, the exact reject limit, files not valid in one encoding, short rows, control
 * characters, and a header full of escape sequences.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandLineTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void aRepeatedOrderIdIsRejectedNamingItsFirstLineAndTheCountsAgreeWithTheDatabase(CapturedOutput output) throws Exception {
        importFile("customers", "customer_id\nC1\nC2\n");

        int exit = importFile("purchases", """
                order_id,customer_id,purchased_at,amount
                123,C1,2026-11-01,10.00
                124,C2,2026-11-01,20.00
                123,C2,2026-11-01,3.00
                123,C2,2026-11-01,4.00
                """);

        assertThat(exit).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).contains("purchases.csv: 4 purchases rows read, 2 imported, 2 rejected");
        assertThat(query("SELECT p.order_id || ' ' || c.external_id FROM purchase p JOIN customer c ON c.id = p.customer_id"
                + " ORDER BY 1")).containsExactly("123 C1", "124 C2");
        assertThat(rejectReport("purchases")).contains("4,order_id,123,\"order 123 already appears on line 2; a repeated order id"
                + " is most likely an order line: give one row per order, with the order's total\"").contains("5,order_id,123,");
    }

    @Test
    void theRejectLimitStopsAtTheRowThatPassesIt(CapturedOutput output) throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,customer_since\n");
        for (int i = 1; i <= 1000; i++) { // every third row broken: 333 in all, the 101st on row 303 (line 304)
            csv.append('C').append(i).append(',').append(i % 3 == 0 ? "broken" : "2024-01-31").append('\n');
        }

        int exit = importFile("customers", csv.toString(), "--max-rejects=100");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(output.getOut()).contains("customers.csv: import FAILED after 303 rows: stopped after more than 100 rejected rows");
        assertThat(query("SELECT COUNT(*) FROM customer")).containsExactly("202");
        assertThat(query("SELECT COUNT(*) FROM import_reject")).containsExactly("101");
    }

    @Test
    void oneStrayByteInAUtf8FileRejectsItsLineAndSaysSoInsteadOfReadingEverythingAsWindows1252(CapturedOutput output)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("customer_id,first_name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 1000; i++) {
            bytes.writeBytes(("C" + i + ",Kenkä" + (i == 516 ? "\u00ff" : "") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] file = bytes.toByteArray();
        // the ÿ of row 516 (line 517) as a lone byte 0xFF instead of its two UTF-8 bytes
        String text = new String(file, StandardCharsets.ISO_8859_1).replace("\u00c3\u00bf", "\u00ff");

        int exit = importBytes("customers", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(exit).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).contains("customers.csv: read as UTF-8, but 1 line has bytes that are not UTF-8 (the first:"
                + " line 517); that row is rejected, the rest imported")
                .contains("1,000 customers rows read, 999 imported, 1 rejected");
        assertThat(query("SELECT DISTINCT first_name FROM customer")).containsExactly("Kenkä");
        assertThat(rejectReport("customers")).contains("517,first_name,Kenkä\uFFFD,holds bytes that are not text");
    }

    @Test
    void aWindows1252FileFromExcelIsReadAsBeforeAndSaysSo(CapturedOutput output) throws Exception {
        int exit = importBytes("customers", "Asiakasnumero;Etunimi\nC1;Åsa\nC2;Kenkä\n".getBytes(Charset.forName("windows-1252")));

        assertThat(exit).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).contains("customers.csv: read as Windows-1252, as Excel on Windows saves CSV (not UTF-8 from line 2 on)")
                .contains("2 customers rows read, 2 imported, 0 rejected");
        assertThat(query("SELECT first_name FROM customer ORDER BY external_id")).containsExactly("Åsa", "Kenkä");
    }

    @Test
    void aShortRowIsKeptWithAWarningAndControlCharactersAreRejected(CapturedOutput output) throws Exception {
        int exit = importFile("customers", """
                customer_id,first_name,email,city
                C1,Anna,anna@example.fi,Turku
                C2,Bo
                C3,Ce\0cilia,c@example.fi,Oulu
                C4,Dan,d@example.fi,Espoo,surprise
                ,Eve
                """);

        assertThat(exit).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).contains("customers.csv: 1 row has fewer values than the header has columns (the first: line 3);"
                + " it was imported with the missing values at the end left empty")
                .contains("5 customers rows read, 2 imported, 3 rejected");
        assertThat(query("SELECT external_id || ' ' || first_name FROM customer ORDER BY 1")).containsExactly("C1 Anna", "C2 Bo");
        assertThat(rejectReport("customers"))
                .contains("4,first_name,Ce\\x00cilia,\"holds a control character (\\x00) that text never has;")
                .contains("5,(row),surprise,has 5 values but the header has 4 columns;")
                .contains("6,customer_id,,is empty; a value is required");
    }

    @Test
    void aBadHeaderIsShownWithItsControlCharactersEscaped(CapturedOutput output) throws Exception {
        int exit = importFile("customers", "\u001b[2J\u001b[31mcustomer,name\u0007\nC1,Anna\n");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(output.getErr()).contains("the header has: \\x1B[2J\\x1B[31mcustomer, name\\x07").doesNotContain("\u001b")
                .doesNotContain("\u0007");
    }

    private int importFile(String kind, String csv, String... options) throws IOException {
        return importBytes(kind, csv.getBytes(StandardCharsets.UTF_8), options);
    }

    private int importBytes(String kind, byte[] content, String... options) throws IOException {
        Path file = Files.write(Files.createTempDirectory(home, kind).resolve(kind + ".csv"), content);
        List<String> args = new ArrayList<>(List.of("import", kind, file.toString(), "--kanta.home=" + home));
        args.addAll(List.of(options));
        return Kanta.run(args.toArray(String[]::new));
    }

    private String rejectReport(String kind) throws IOException {
        try (var reports = Files.walk(home.resolve("out/import/" + kind))) {
            Path report = reports.filter(p -> p.getFileName().toString().equals("rejects.csv")).findFirst().orElseThrow();
            return Files.readString(report);
        }
    }

    /** The embedded database as the command left it (closed: one process opens it at a time). */
    private List<String> query(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + home.resolve("data/kanta") + ";shutdown=true",
                "SA", fi.kanta.CommandLines.password(home))) {
            return new JdbcTemplate(new SingleConnectionDataSource(db, true)).queryForList(sql, String.class);
        }
    }
}
