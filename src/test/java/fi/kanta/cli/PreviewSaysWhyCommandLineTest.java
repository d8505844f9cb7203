package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A campaign for recent shoe buyers ("bought Kengät within the last 90 days", in the shop's own
 * category name) through the real command line: {@code kanta preview} names the condition that left a
 * customer out, with the customer's own value, instead of "not in the segment", and for a member the
 * consent or suppression that stops them; {@code kanta validate}
 * refuses a malformed purchase condition naming the file, line and field.
 */
class PreviewSaysWhyCommandLineTest extends InAHome {

    static final String SHOE_NEWS = """
            name: shoe-news
            kind: sales
            period: weekly
            segment:
              all:
                - { field: order_count, op: ">=", value: 2 }
                - { bought: Kengät, within-days: 90 }
            holdout: 0
            channels:
              - { type: email, template: win-back }
            offer: { code-prefix: SH, discount: "10 %", valid-days: 14 }
            """;

    @Test
    void previewNamesTheConditionThatLeftTheCustomerOut() throws IOException {
        TestCampaigns.define(home, "shoe-news", SHOE_NEWS);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        Path customers = Files.writeString(home.resolve("asiakkaat.csv"), "asiakasnumero;etunimi;sähköposti\n"
                + "C1;Aino;aino@example.fi\nC2;Eino;eino@example.fi\nC3;Saara;saara@example.fi\nC4;Veera;veera@example.fi\n"
                + "C5;Kalle;kalle@example.fi\n");
        Path purchases = Files.writeString(home.resolve("ostot.csv"), "tilausnumero;asiakasnumero;pvm;summa;kategoria\n"
                + "O1;C1;" + today.minusDays(10) + ";20,00;Hatut\n"
                + "O2;C2;" + today.minusDays(200) + ";50,00;Kengät\n"
                + "O3;C2;" + today.minusDays(5) + ";20,00;Hatut\n"
                + "O4;C3;" + today.minusDays(20) + ";60,00;kengät\n"
                + "O5;C3;" + today.minusDays(10) + ";10,00;Sukat\n");
        for (String customer : new String[] {"C4", "C5"}) {
            Files.writeString(purchases, "P1" + customer + ";" + customer + ";" + today.minusDays(3) + ";40,00;KENGÄT\n"
                    + "P2" + customer + ";" + customer + ";" + today.minusDays(2) + ";40,00;Kengät\n", java.nio.file.StandardOpenOption.APPEND);
        }
        Path consents = Files.writeString(home.resolve("luvat.csv"), "asiakasnumero;kanava;lupa;pvm\nC3;email;yes;2026-01-01\n"
                + "C5;email;yes;2026-01-01\n");
        Path suppressions = Files.writeString(home.resolve("estot.csv"), "sähköposti;syy;aika\nkalle@example.fi;unsubscribed;2026-11-02\n");
        CommandLines.run(ExitCode.DONE, "import", "customers", customers.toString(), "--kanta.home=" + home);
        CommandLines.run(ExitCode.DONE, "import", "purchases", purchases.toString(), "--kanta.home=" + home);
        CommandLines.run(ExitCode.DONE, "import", "consents", consents.toString(), "--kanta.home=" + home);
        CommandLines.run(ExitCode.DONE, "import", "suppressions", suppressions.toString(), "--kanta.home=" + home);

        assertThat(preview("C1")).contains(": not selected: segment shoe-news: order_count >= 2 is false (it is 1);"
                + " bought Kengät within the last 90 days is false (never bought there)");
        assertThat(preview("C2")).contains(": not selected: segment shoe-news: bought Kengät within the last 90 days is false"
                + " (last bought there " + today.minusDays(200) + ")").doesNotContain("order_count");
        assertThat(preview("C3")).contains(": a TARGET, by email");
        assertThat(preview("C4")).contains(": in the segment, but left out: no consent or no address for any of the campaign's channels:"
                + " email: no email consent");
        assertThat(preview("C5")).contains(": in the segment, but left out: suppressed (bounced, complained, unsubscribed, erased):"
                + " unsubscribed since 2026-11-02 (import)");
    }

    @Test
    void validateRefusesAMalformedPurchaseConditionNamingFileLineAndField() throws IOException {
        TestCampaigns.define(home, "shoe-news", SHOE_NEWS.replace("within-days: 90", "within-days: 3 months"));
        assertThat(CommandLines.run(ExitCode.FAILED, "validate", "--kanta.home=" + home))
                .contains("jobs/shoe-news.yml:7: segment.all[1].within-days: expected a whole number from 1 to 36500, got \"3 months\"");
    }

    private String preview(String customer) {
        return CommandLines.run(ExitCode.DONE, "preview", "shoe-news", "--customer", customer, "--kanta.home=" + home).lines()
                .findFirst().orElseThrow();
    }
}
