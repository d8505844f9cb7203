package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The refusals of an import file a marketer meets most (a file name mistyped, an old .xls, a header
 * without a needed column, a quote left open, a zip that is no workbook) and the note on a file Excel saved in Windows-1252, through the real
 * command line in Finnish and Swedish.
 */
class ImportRefusalsInTheMarketersLanguageTest extends InAHome {

    @Test
    void aMissingFileAnOldExcelFileAndAMissingColumnAreSaidInFinnishAndSwedish() throws Exception {
        Path old = Files.writeString(home.resolve("asiakkaat.xls"), "x");
        Path header = Files.writeString(home.resolve("asiakkaat.csv"), "asiakasnro;etunimi\nC1;Anna\n");

        assertThat(kanta(ExitCode.FAILED, "import", "customers", home.resolve("eiole.csv").toString(), "--kanta.shop.language=fi"))
                .contains("eiole.csv: tiedostoa ei ole").doesNotContain("no such file");
        assertThat(kanta(ExitCode.FAILED, "import", "customers", old.toString(), "--kanta.shop.language=fi"))
                .contains("asiakkaat.xls: vanha Excel-tiedosto (.xls); tallenna se .xlsx- tai CSV-muodossa");
        assertThat(kanta(ExitCode.FAILED, "import", "customers", header.toString(), "--kanta.shop.language=sv"))
                .contains("asiakkaat.csv rad 1: kolumnen customer_id saknas (godtagna rubriker: ", "rubrikraden har: asiakasnro, etunimi")
                .doesNotContain("no column for");
    }

    @Test
    void aFileExcelSavedInWindows1252IsReadAndSaidSoInFinnish() throws Exception {
        Path excel = Files.write(home.resolve("asiakkaat.csv"),
                "customer_id;first_name\nC1;Äijä\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(kanta(ExitCode.DONE, "import", "customers", excel.toString(), "--kanta.shop.language=fi"))
                .contains("asiakkaat.csv: luettiin Windows-1252-merkistönä, jossa Excel tallentaa CSV:n Windowsissa (ei UTF-8:aa riviltä 2 alkaen)")
                .doesNotContain("read as Windows-1252");
    }

    @Test
    void aQuoteLeftOpenAndAZipThatIsNoWorkbookAreSaidInFinnishAndSwedish() throws Exception {
        Path quote = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name\nC1;\"Anna\nC2;Eino\n");
        Path zip = home.resolve("asiakkaat.xlsx");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("muistio.txt"));
            out.write("ei työkirja".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(kanta(ExitCode.FAILED, "import", "customers", quote.toString(), "--kanta.shop.language=fi"))
                .contains("asiakkaat.csv: tuonti EPÄONNISTUI 0 rivin jälkeen: ", "asiakkaat.csv rivin 4 tienoilla: ",
                        "(puuttuuko lainausmerkiltä sulkeva pari?)")
                .doesNotContain("closing quote");
        assertThat(kanta(ExitCode.FAILED, "import", "customers", zip.toString(), "--kanta.shop.language=sv"))
                .contains("asiakkaat.xlsx: en zip-fil, men ingen Excel-arbetsbok (").doesNotContain("not an Excel workbook");
    }

    @Test
    void anImportStoppedByTheRejectLimitSaysSoInFinnish() throws Exception {
        Path bad = Files.writeString(home.resolve("asiakkaat.csv"), "customer_id;first_name\n;Anna\n;Eino\n;Liisa\n");

        assertThat(kanta(ExitCode.FAILED, "import", "customers", bad.toString(), "--max-rejects", "1", "--kanta.shop.language=fi"))
                .contains("keskeytettiin, kun hylättyjä rivejä oli yli 1; sitä edeltävät rivit on tuotu.")
                .doesNotContain("stopped after");
    }
}
