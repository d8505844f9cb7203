package fi.kanta.cli;

import static fi.kanta.cli.MarketersLanguageAtTheCommandLineTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What a Finnish or Swedish marketer still met in English, through the real command line: the
 * command line's own parse errors (picocli's texts), the dates of {@code kanta user list}, and the
 * refusals of the services and the home.
 */
class MarketersLanguageLastWordsTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";
    private static final String SWEDISH = "--kanta.shop.language=sv";

    /** picocli's English that must not reach a marketer who reads Finnish or Swedish. */
    private static final String[] PICOCLI = {"Unknown option", "Missing required", "Invalid value", "Unmatched argument",
            "Possible solutions", "Did you mean", "is not an int", "Try:"};

    @Test
    void anUnknownOptionOrCommandIsSaidInFinnishAndSwedishWithWhatWasMeant() {
        assertThat(kanta(ExitCode.USAGE, "score", "--detail", FINNISH))
                .contains("kanta: tuntematon valitsin --detail (tarkoititko \"--details\"?)", "Katso: kanta score --help")
                .doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "status", "--everything", SWEDISH))
                .contains("kanta: okänd flagga --everything", "Se: kanta status --help").doesNotContain("menade du").doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "statsu", SWEDISH))
                .contains("kanta: det finns inget kommando statsu (menade du \"status\"", "Se: kanta --help").doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "import", "customers", "a.csv", "b.csv", FINNISH))
                .contains("kanta: yksi argumentti liikaa: b.csv", "Katso: kanta import --help").doesNotContain(PICOCLI);
    }

    @Test
    void aMissingParameterOrValueIsNamedInFinnishAndSwedish() {
        assertThat(kanta(ExitCode.USAGE, "import", "customers", FINNISH))
                .contains("kanta: puuttuu: FILE", "Katso: kanta import --help").doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "preview", SWEDISH))
                .contains("kanta: saknas: --customer=ID, CAMPAIGN", "Se: kanta preview --help").doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "score", "--calibrate-until", "2026-05-25", SWEDISH))
                .contains("kanta: saknas: --holdout-until=D2").doesNotContain("--calibrate-until=D1", "--picks").doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "preview", "win-back", "--customer", FINNISH))
                .contains("kanta: --customer tarvitsee arvon (ID)").doesNotContain(PICOCLI);
    }

    @Test
    void aValueThatDoesNotConvertNamesTheOptionTheValueAndWhatItTakes() {
        assertThat(kanta(ExitCode.USAGE, "report", "nps", "--months", "kuusi", FINNISH))
                .contains("kanta: --months: \"kuusi\" ei kelpaa; anna kokonaisluku, esim. 500", "Katso: kanta report nps --help")
                .doesNotContain(PICOCLI);
        assertThat(kanta(ExitCode.USAGE, "score", "--as-of", "31.3.2026", SWEDISH))
                .contains("kanta: --as-of: \"31.3.2026\" duger inte; ange en dag, ÅÅÅÅ-MM-DD").doesNotContain(PICOCLI)
                .doesNotContain("DateTimeParseException");
        assertThat(kanta(ExitCode.USAGE, "import", "kengät", "a.csv", FINNISH))
                .contains("kanta: KIND: \"kengät\" ei kelpaa; anna jokin näistä: customers, purchases, consents, suppressions, robinson,"
                        + " feedback, products, order-lines").doesNotContain("not a kind of import");
        assertThat(kanta(ExitCode.USAGE, "demo", "--customers", "5", SWEDISH))
                .contains("kanta: --customers måste vara mellan 10 och 10 000 000, inte 5").doesNotContain("must be from");
    }

    @Test
    void theUserListWritesWhenEachUserWasAddedInShopTimeAsTheMarketerWritesIt() {
        withInput("oikea hevonen paristo\n", () -> kanta(ExitCode.DONE, "user", "add", "anna", "--role", "admin", FINNISH));

        assertThat(kanta(ExitCode.DONE, "user", "list", FINNISH, "--kanta.shop.time-zone=Europe/Helsinki"))
                .contains("Ajat ovat kaupan aikaa (Europe/Helsinki).")
                .containsPattern("anna +admin +fi  \\d{1,2}\\.\\d{1,2}\\.20\\d\\d klo \\d{1,2}\\.\\d\\d  tunnus \\d+")
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
        assertThat(kanta(ExitCode.DONE, "user", "list", SWEDISH, "--kanta.shop.time-zone=Europe/Stockholm"))
                .contains("Tiderna är butikens tid (Europe/Stockholm).")
                .containsPattern("anna +admin +fi  \\d{1,2}\\.\\d{1,2}\\.20\\d\\d kl\\. \\d\\d\\.\\d\\d  id \\d+")
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    }

    @Test
    void theServicesAndTheHomeRefuseInFinnishAndSwedish() throws IOException {
        assertThat(kanta(ExitCode.FAILED, "erasures", SWEDISH))
                .contains("kanta erasures: säg vad som ska göras: kanta erasures reapply").doesNotContain("say what to do");
        Path file = Files.writeString(home.resolve("kauppa.txt"), "ei kansio");
        assertThat(CommandLines.run(ExitCode.FAILED, "init", file.toString(), FINNISH))
                .contains("kauppa.txt on tiedosto eikä kansio: Kanta-koti on kansio").doesNotContain("is a file");
        assertThat(kanta(ExitCode.FAILED, "export", "run", "win-back", SWEDISH))
                .contains("kanta export: en körning skrivs KAMPANJ/KÖRNINGSNYCKEL, t.ex. win-back/2026-W48").doesNotContain("a run is written");
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/segments.yml"), "loyal:\n  all:\n    - { field: frequency, op: \">=\", value: 2 }\n");
        assertThat(kanta(ExitCode.FAILED, "export", "segment", "loyal", "--columns", "kengännumero", FINNISH))
                .contains("kanta export: tuntematon sarake 'kengännumero'; sarakkeet: customer_id, first_name")
                .doesNotContain("unknown column");
    }
}
