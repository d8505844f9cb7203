package fi.kanta.customer.importing;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.cli.Kanta;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line imports customers from an .xlsx into the embedded database. */
class XlsxImportTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void importsCustomersFromAnXlsxFile() throws Exception {
        Path file = home.resolve("asiakkaat.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Asiakkaat");
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@")); // a Text column, as Excel keeps leading zeros
            texts(sheet.createRow(0), "customer_id", "first_name", "last_name", "email", "postal_code", "country");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(1001); // a number cell: read as "1001", not "1001.0"
            texts(first, null, "Äijä", "Öhman-Åkerlund", "aija@example.fi", null, "FI");
            first.createCell(4).setCellStyle(text);
            first.getCell(4).setCellValue("00100");
            texts(sheet.createRow(2), "1002", "Bad", "Country", "bad@example.fi", "00200", "Atlantis"); // row 3: rejected
            texts(sheet.createRow(4), "1003", "Zoë", "😀 Smith", "zoe@example.com", "02100", "SE"); // after a blank row 4
            book.write(out);
        }

        int exit = Kanta.run("import", "customers", file.toString(), "--kanta.home=" + home);

        assertThat(exit).isZero();
        // Kanta.run has closed its database: read it like any other program would
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT external_id, first_name, last_name, email, postal_code, country"
                     + " FROM customer ORDER BY external_id")) {
            List<List<String>> customers = new ArrayList<>();
            while (rs.next()) {
                customers.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
            assertThat(customers).containsExactly(
                    List.of("1001", "Äijä", "Öhman-Åkerlund", "aija@example.fi", "00100", "FI"),
                    List.of("1003", "Zoë", "😀 Smith", "zoe@example.com", "02100", "SE"));
        }
        Path rejects;
        try (Stream<Path> found = Files.find(home.resolve("out/import/customers"), 2,
                (path, attributes) -> path.getFileName().toString().equals("rejects.csv"))) {
            rejects = found.findFirst().orElseThrow();
        }
        List<String> report = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("3,country,Atlantis,");
    }

    /** Text cells from {@code column} 0 on; a null leaves the cell out. */
    private static void texts(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
