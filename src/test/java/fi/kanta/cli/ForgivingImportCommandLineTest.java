package fi.kanta.cli;

import static fi.kanta.CommandLines.count;
import static fi.kanta.CommandLines.query;
import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports that forgive what a marketer's own files hold, through the real command: a typo in an
 * optional value keeps the row, the same file again retries its rejected rows, Finnish and Swedish
 * words and amounts with currency signs are understood, postal codes Excel shortened are restored,
 * a file of which nothing went in fails, and reports are in the shop's CSV dialect.
 */
class ForgivingImportCommandLineTest extends InAHome {

    @Test
    void anEmailTypoKeepsTheCustomerWithAWarningAndHerPurchasesAreImported() throws Exception {
        String printed = importFile("customers", """
                customer_id,first_name,email,phone
                C1,Aino,aino.makela@kauppa,040 123 4567
                C2,Bo,bo@kauppa.fi.example,call me
                """);

        assertThat(printed).contains("customers.csv: 2 customers rows read, 2 imported (2 with a value left out or corrected),"
                + " 0 rejected").contains("Rows imported with a value left out or corrected, with line, column and what was done:");
        assertThat(query(home, "SELECT first_name || ' ' || COALESCE(email, '-') FROM customer WHERE external_id = 'C1'"))
                .isEqualTo("Aino -");
        assertThat(report("customers", "warnings.csv"))
                .contains("2,email,aino.makela@kauppa,not an email address; kept without an email address")
                .contains("3,phone,call me,not a phone number (expected e.g. +358 40 123 4567 or 040-1234567); kept without a"
                        + " phone number");

        String purchases = importFile("purchases", """
                order_id,customer_id,purchased_at,amount
                O1,C1,2026-11-01,59.90
                O2,C1,2026-11-20,19.90
                """);

        assertThat(purchases).contains("2 purchases rows read, 2 imported, 0 rejected");
        assertThat(count(home, "SELECT COUNT(*) FROM purchase")).isEqualTo(2);
    }

    @Test
    void aTypoInALaterFileKeepsTheValueStoredBeforeAndTakesTheRest() throws Exception {
        importFile("customers", "customer_id,first_name,email,phone\nC1,Aino,aino@kauppa.fi.example,040 123 4567\n");

        importFile("customers", "customer_id,first_name,email,phone\nC1,Aino-Maria,aino@kauppa,040 765 4321\n");

        assertThat(query(home, "SELECT first_name || ' ' || email || ' ' || email_key || ' ' || phone FROM customer"))
                .isEqualTo("Aino-Maria aino@kauppa.fi.example aino@kauppa.fi.example 040 765 4321");
    }

    @Test
    void theSameFileAgainRetriesItsRejectedRowsUntilNoneIsLeft() throws Exception {
        Path purchases = write("purchases", """
                order_id,customer_id,purchased_at,amount
                O1,C1,2026-11-01,59.90
                O2,C2,2026-11-20,19.90
                """);
        importFile("customers", "customer_id\nC1\n");

        // C2 is not a customer yet: the file is imported with a reject
        assertThat(importPath(ExitCode.DONE, "purchases", purchases)).contains("2 purchases rows read, 1 imported, 1 rejected");
        // fixing nothing: the next attempt rejects the same row again
        assertThat(importPath(ExitCode.DONE, "purchases", purchases))
                .contains("purchases.csv: imported before, with rejected rows; attempt 2 reads it again")
                .contains("2 purchases rows read, 1 imported, 1 rejected");
        importFile("customers", "customer_id\nC1\nC2\n");

        // after the customers file was fixed, the same purchases file, byte for byte, takes the row it rejected
        assertThat(importPath(ExitCode.DONE, "purchases", purchases)).contains("attempt 3 reads it again")
                .contains("2 purchases rows read, 2 imported, 0 rejected");
        assertThat(query(home, "SELECT c.external_id FROM purchase p JOIN customer c ON c.id = p.customer_id"
                + " WHERE p.order_id = 'O2'")).isEqualTo("C2");
        assertThat(importPath(ExitCode.DONE, "purchases", purchases)).contains("already imported");
        assertThat(count(home, "SELECT COUNT(*) FROM purchase")).isEqualTo(2);

        assertThat(run(ExitCode.DONE, "status", "--kanta.home=" + home)).containsPattern("purchases .*purchases\\.csv  \\(attempt 3\\)");
    }

    @Test
    void aFileOfWhichNothingWentInFailsAndSaysSo() throws Exception {
        Path customers = write("customers", "customer_id,first_name\n,Aino\n");

        assertThat(importPath(ExitCode.FAILED, "customers", customers)).contains("1 customers rows read, 0 imported, 1 rejected")
                .contains("customers.csv: nothing was imported: its only row was rejected");
    }

    @Test
    void suppressionsInFinnishWithPvmAndPoistettuAndAnErasureOnlyWithErase() throws Exception {
        importFile("customers", "customer_id,email\nC1,a@kauppa.fi.example\nC2,b@kauppa.fi.example\n");

        String printed = importFile("suppressions", """
                Sähköposti;Syy;Pvm
                a@kauppa.fi.example;poistettu;1.12.2026
                b@kauppa.fi.example;gdpr;2.12.2026
                """);

        assertThat(printed).contains("2 suppressions rows read, 2 imported (1 with a value left out or corrected), 0 rejected");
        assertThat(query(home, "SELECT reason || ' ' || CAST(suppressed_at AS DATE) FROM suppression"
                + " WHERE email_key = 'a@kauppa.fi.example'")).isEqualTo("UNSUBSCRIBED 2026-12-01");
        assertThat(query(home, "SELECT reason FROM suppression WHERE email_key = 'b@kauppa.fi.example'")).isEqualTo("UNSUBSCRIBED");
        assertThat(report("suppressions", "warnings.csv")).contains("3,Syy,gdpr,taken as unsubscribed: an erasure is only imported"
                + " with --erase");

        importFile("suppressions", "email,reason,date\nb@kauppa.fi.example,erased,2026-12-03\n", "--erase");
        assertThat(query(home, "SELECT reason FROM suppression WHERE suppressed_at = TIMESTAMP '2026-12-03 00:00:00'"))
                .isEqualTo("ERASED");
    }

    @Test
    void amountsWithCurrencySignsAndSpacesAreReadAndASignAgainstTheCurrencyColumnIsRejected() throws Exception {
        importFile("customers", "customer_id\nC1\n");

        String printed = importFile("purchases", """
                order_id;customer_id;purchased_at;amount;currency
                O1;C1;2026-11-01;49,90 €;
                O2;C1;2026-11-01;€49.90;
                O3;C1;2026-11-01;1 234,50 EUR;EUR
                O4;C1;2026-11-01;kr 100;SEK
                O5;C1;2026-11-01;€10;SEK
                """);

        assertThat(printed).contains("5 purchases rows read, 4 imported, 1 rejected");
        assertThat(amounts()).containsExactly("O1 49.90 EUR", "O2 49.90 EUR", "O3 1234.50 EUR", "O4 100.00 SEK");
        assertThat(report("purchases", "rejects.csv")).contains("6,amount,€10,is in EUR but the currency column says SEK");
    }

    @Test
    void aFinnishPostalCodeThatLostItsLeadingZerosIsRestoredWithAWarningAndOthersAreCheckedByCountry() throws Exception {
        String printed = importFile("customers", """
                customer_id,street,postal_code,country
                C1,Mannerheimintie 1,2100,FI
                C2,Aleksanterinkatu 1,100,FI
                C3,Drottninggatan 1,12345,SE
                C4,Storgata 1,0150,NO
                C5,Hämeentie 1,HKI,FI
                C6,Kungsgatan 1,12 345,SE
                """);

        assertThat(printed).contains("6 customers rows read, 6 imported (3 with a value left out or corrected), 0 rejected");
        assertThat(postalCodes()).containsExactly("C1 02100", "C2 00100", "C3 12345", "C4 0150", "C5 -", "C6 12345");
        assertThat(report("customers", "warnings.csv"))
                .contains("2,postal_code,2100,restored to 02100: a Finnish postal code has 5 digits (a spreadsheet dropped its"
                        + " leading zeros)")
                .contains("6,postal_code,HKI,\"not a Finnish postal code (5 digits, e.g. 00100); kept without a postal code\"");
    }

    @Test
    void reportsAreInTheShopsCsvDialectSemicolonsForAFinnishMarketer() throws Exception {
        Path customers = write("customers", "customer_id,email\nC1,aino@\n,bo@kauppa.fi.example\nC3,c@kauppa.fi.example\n");

        importPath(ExitCode.DONE, "customers", customers, "--kanta.shop.language=fi");

        // the Finnish marketer's reports say their headers and reasons in Finnish, the columns in the same order
        assertThat(report("customers", "rejects.csv")).startsWith("\uFEFFrivi;sarake;arvo;syy").contains("3;customer_id;;\"on tyhjä; arvo vaaditaan\"");
        assertThat(report("customers", "warnings.csv")).startsWith("\uFEFFrivi;sarake;arvo;mitä tehtiin")
                .contains("2;email;aino@;\"ei sähköpostiosoite; tallennettu ilman sähköpostiosoitetta\"");
    }

    @Test
    void aWindows1252FileFromFinnishExcelWithEverythingAtOnce() throws Exception {
        byte[] file = """
                Asiakasnumero;Etunimi;Sähköposti;Postinumero;Kieli
                C1;Åsa;asa@kauppa;2100;ruotsi
                C2;Kenkä;k@kauppa.fi.example;00530;klingon
                """.getBytes(Charset.forName("windows-1252"));
        Path customers = Files.write(Files.createTempDirectory(home, "customers").resolve("customers.csv"), file);

        assertThat(importPath(ExitCode.DONE, "customers", customers))
                .contains("2 customers rows read, 2 imported (2 with a value left out or corrected), 0 rejected");
        assertThat(query(home, "SELECT first_name || ' ' || postal_code || ' ' || language FROM customer WHERE external_id = 'C1'"))
                .isEqualTo("Åsa 02100 sv");
        assertThat(query(home, "SELECT language FROM customer WHERE external_id = 'C2'")).isEqualTo("fi");
    }

    private List<String> amounts() throws Exception {
        return strings("SELECT order_id || ' ' || amount || ' ' || currency FROM purchase ORDER BY order_id");
    }

    private List<String> postalCodes() throws Exception {
        return strings("SELECT external_id || ' ' || COALESCE(postal_code, '-') FROM customer ORDER BY external_id");
    }

    private List<String> strings(String sql) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    private String importFile(String kind, String csv, String... options) throws IOException {
        return importPath(ExitCode.DONE, kind, write(kind, csv), options);
    }

    private Path write(String kind, String csv) throws IOException {
        return Files.writeString(Files.createTempDirectory(home, kind).resolve(kind + ".csv"), csv, StandardCharsets.UTF_8);
    }

    private String importPath(int expectedExit, String kind, Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", kind, file.toString(), "--kanta.home=" + home));
        args.addAll(List.of(options));
        return run(expectedExit, args.toArray(String[]::new));
    }

    /** The newest report of that name written for the kind (its file's folder). */
    private String report(String kind, String name) throws IOException {
        try (Stream<Path> reports = Files.walk(home.resolve("out/import/" + kind))) {
            Path report = reports.filter(p -> p.getFileName().toString().equals(name))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
            return Files.readString(report);
        }
    }
}
