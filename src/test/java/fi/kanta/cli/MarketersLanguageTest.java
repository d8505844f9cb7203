package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The commands a marketer uses daily answer in the marketer's language ({@code kanta.shop.language}):
 * Finnish sentences, Finnish numbers ({@code 1 234}, {@code 3,5 %}) and dates ({@code 6.12.2026 klo 10.12}),
 * every time in shop time with the zone named.
 */
class MarketersLanguageTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";

    /** A small shop: {@code customers} customers, each with a few purchases in the last year. */
    private void smallShop(int customers) throws IOException {
        StringBuilder people = new StringBuilder("customer_id;first_name;email\n");
        StringBuilder purchases = new StringBuilder("order_id;customer_id;purchased_at;amount\n");
        LocalDate today = LocalDate.now();
        int order = 0;
        for (int c = 1; c <= customers; c++) {
            people.append("C").append(c).append(";Asiakas").append(c).append(";c").append(c).append("@example.fi\n");
            for (int p = 0; p < 1 + c % 4; p++) {
                purchases.append("O").append(++order).append(";C").append(c).append(';')
                        .append(today.minusDays(5 + (c * 37L + p * 53L) % 300)).append(';').append(10 + c + p).append(",50\n");
            }
        }
        Path customersFile = Files.writeString(home.resolve("asiakkaat.csv"), people);
        Path purchasesFile = Files.writeString(home.resolve("ostot.csv"), purchases);
        CommandLines.run(ExitCode.DONE, "import", "customers", customersFile.toString(), "--kanta.home=" + home);
        CommandLines.run(ExitCode.DONE, "import", "purchases", purchasesFile.toString(), "--kanta.home=" + home);
    }

    @Test
    void scoreSaysInPlainFinnishThatTwentyCustomersAreTooFewAndKeepsTheModelFiguresBehindDetails() throws IOException {
        smallShop(20);

        String plain = CommandLines.run(ExitCode.DONE, "score", FINNISH, "--kanta.home=" + home);

        assertThat(plain).contains("Pisteytettiin 20 asiakasta", "20 asiakasta on liian vähän ostomallin luotettavaan sovittamiseen",
                "RFM-ryhmittäin", "kanta score --details").containsPattern("\\d+ asiakasta \\(\\d+,\\d %\\) on todennäköisesti yhä aktiivisia")
                .containsPattern("keskimäärin \\d+,\\d\\d EUR")
                .doesNotContain("r=", "alpha=", "WARNING", "log-likelihood");

        String details = CommandLines.run(ExitCode.DONE, "score", "--details", FINNISH, "--kanta.home=" + home);
        assertThat(details).contains("Pisteytettiin 20 asiakasta", "Mallin luvut:", "BG/NBD-ostomalli, aikayksikkö päivä, sovitettu: kaikki 20 asiakasta",
                        "Gamma-Gamma-ostosummamalli, sovitettu asiakkaisiin, jotka ovat ostaneet useammin kuin kerran:", "otoskoko=20",
                        "korr(ostotiheys, ostosumma)=", "Aika: yhteenveto ")
                .containsPattern("r=[\\d ]+,\\d+ \\(keskivirhe [-\\d ,]+\\)").containsPattern(" a=\\d+,\\d+ ")
                .containsPattern("log-uskottavuus=-[\\d ]+(,\\d+)?  otoskoko=").containsPattern("sovitus \\d+,\\d s")
                .doesNotContain("log-likelihood", "fitted on", "sample size", "Time:", "(se ");
    }

    @Test
    void scoreDetailsAreInSwedishWithDecimalCommas() throws IOException {
        smallShop(20);

        String details = CommandLines.run(ExitCode.DONE, "score", "--details", "--kanta.shop.language=sv", "--kanta.home=" + home);

        assertThat(details).contains("BG/NBD-köpmodell, tidsenhet dag, anpassad till: alla 20 kunder", "urvalsstorlek=20",
                        "Gamma-Gamma-modell för köpbelopp", "korr(köpfrekvens, köpbelopp)=", "Tid: sammanfattning ")
                .containsPattern("p=[\\d ]+,\\d+ \\(medelfel [-\\d ,]+\\)")
                .doesNotContain("fitted on", "sample size", "Time:", "(se ", "WARNING");
    }

    @Test
    void statusShowsImportAndRunTimesInShopTimeLabelledOnceInFinnish() throws IOException {
        smallShop(3);

        String status = CommandLines.run(ExitCode.DONE, "status", FINNISH, "--kanta.shop.time-zone=Europe/Helsinki",
                "--kanta.home=" + home);

        assertThat(status).contains("Ajat ovat kaupan aikaa (Europe/Helsinki).", "Viimeisimmät tuonnit:", "valmis", "asiakkaita")
                .containsPattern("\\d{1,2}\\.\\d{1,2}\\.20\\d\\d klo \\d{1,2}\\.\\d\\d +valmis +ostoja");
    }

    @Test
    void statusInEnglishNamesTheZoneAndWritesImportTimesInIt() throws IOException {
        smallShop(3);

        String helsinki = CommandLines.run(ExitCode.DONE, "status", "--kanta.shop.time-zone=Europe/Helsinki", "--kanta.home=" + home);
        String tokyo = CommandLines.run(ExitCode.DONE, "status", "--kanta.shop.time-zone=Asia/Tokyo", "--kanta.home=" + home);

        assertThat(helsinki).contains("Times are shop time (Europe/Helsinki).", "COMPLETED");
        assertThat(tokyo).contains("Times are shop time (Asia/Tokyo).");
        // the same import, seven hours apart: the import time moves with the shop's zone (it used to be UTC whatever the zone)
        assertThat(importTime(helsinki)).isNotEqualTo(importTime(tokyo));
    }

    private static String importTime(String status) {
        return status.lines().dropWhile(line -> !line.startsWith("Latest imports:")).skip(1).findFirst().orElseThrow().substring(2, 18);
    }

    @Test
    void validateListsEveryMistakeInFinnish() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Path winBack = home.resolve("jobs/win-back.yml");
        Files.writeString(winBack, Files.readString(winBack).replace("period: weekly", "period: weakly")
                .replace("segment: lapsing-valuable", "segment: lapsing-valuabel").replace("max-recipients: 5000", "max-recipient: 5000"));

        String out = CommandLines.run(ExitCode.FAILED, "validate", FINNISH, "--kanta.home=" + home);

        assertThat(out).contains("virhe  jobs/win-back.yml:5: period:", "virhe  jobs/win-back.yml:6: segment:",
                "virhe  jobs/win-back.yml:10: selection.max-recipient:", "(tarkoititko \"weekly\"?)", "3 virhettä 1 tiedostossa.",
                "ok     jobs/weekly-newsletter.yml");
    }

    @Test
    void segmentsDryRunAndNpsAnswerInFinnish() throws IOException {
        smallShop(20);
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        CommandLines.run(ExitCode.DONE, "score", "--kanta.home=" + home);

        assertThat(CommandLines.run(ExitCode.DONE, "segment", "loyal", "--count", FINNISH, "--kanta.home=" + home))
                .containsPattern("loyal: \\d+ asiakas(ta)? \\(kysely \\d+ ms\\)");
        assertThat(CommandLines.run(ExitCode.DONE, "run", "win-back", "--dry-run", FINNISH, "--kanta.home=" + home))
                .contains("kokeiluajo: mitään ei tallennettu", "kohderyhmä \"lapsing-valuable\"", "= vastaanottajat",
                        "oltu yhteydessä viimeisten 14 päivän aikana")
                .containsPattern("kokeiluajo: mitään ei tallennettu \\(\\d+,\\d s\\)");
        assertThat(CommandLines.run(ExitCode.DONE, "report", "nps", FINNISH, "--kanta.home=" + home))
                .contains("NPS kuukausittain, kaikki kampanjat", "kuukausi", "suosittelijat", "yhteensä");
    }
}
