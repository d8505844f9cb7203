package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The refusals of an import file a marketer meets most (a file name mistyped, an old .xls, a header
 * without a needed column) and the note on a file Excel saved in Windows-1252, through the real
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
}
