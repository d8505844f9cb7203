package fi.kanta.cli;

import static fi.kanta.CommandLines.count;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Letters through the real command line: a run prints them (PRINTED, not SENT: a print file has
 * reached no one), the report counts them as printed, not yet posted, and {@code kanta letters
 * posted} marks them sent; the address list is in the shop's CSV dialect.
 */
class LettersPostedCommandLineTest extends InAHome {

    private static final int CUSTOMERS = 6;

    @Test
    void lettersArePrintedUntilMarkedPosted() throws Exception {
        shop();

        String printed = kanta(ExitCode.DONE, "run", "autumn", "--run-key", "r1", "--yes");
        assertThat(printed).contains("kanta letters posted autumn/r1");
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'PRINTED'")).isEqualTo(CUSTOMERS);
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENT'")).isZero();
        // a printed letter counts toward the frequency cap like a sent one: the next run of a capped campaign leaves them out
        assertThat(kanta(ExitCode.DONE, "run", "autumn", "--run-key", "r2", "--dry-run"))
                .containsPattern("- contacted in the last 14 days \\(frequency cap\\) +-" + CUSTOMERS);

        String report = kanta(ExitCode.DONE, "report", "autumn/r1");
        assertThat(report).containsPattern("letters printed, not yet posted \\(kanta letters posted autumn/r1\\) +" + CUSTOMERS)
                .containsPattern("(?m)^  sent +0$");

        String future = kanta(ExitCode.FAILED, "letters", "posted", "autumn/r1", "--date", today().plusDays(1).toString());
        assertThat(future).contains("is after today");

        String posted = kanta(ExitCode.DONE, "letters", "posted", "autumn/r1");
        assertThat(posted).contains("Marked " + CUSTOMERS + " letters of autumn/r1 as posted on " + today());
        assertThat(count(home, "SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENT'")).isEqualTo(CUSTOMERS);
        assertThat(kanta(ExitCode.DONE, "report", "autumn/r1")).containsPattern("(?m)^  sent +" + CUSTOMERS + "$")
                .doesNotContain("not yet posted");

        String again = kanta(ExitCode.DONE, "letters", "posted", "autumn/r1");
        assertThat(again).contains("No printed letters of autumn/r1 were waiting to be posted.")
                .contains(CUSTOMERS + " letters were marked posted before.");
        kanta(ExitCode.FAILED, "letters", "posted", "autumn/nope");
    }

    @Test
    void theAddressListAndCsvListsAreInTheShopsCsvDialect() throws Exception {
        shop();

        kanta(ExitCode.DONE, "run", "autumn", "--run-key", "fi1", "--yes", "--kanta.shop.language=fi");

        List<String> lines = Files.readAllLines(home.resolve("out/autumn/fi1/letters/addresses.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFletter;file;customer_id;name;street;postal_code;city;country");
        assertThat(lines.get(1)).startsWith("1;letters-0001.pdf;P");

        kanta(ExitCode.DONE, "export", "run", "autumn/fi1", "--csv", "--columns", "customer_id,first_name,status",
                "--kanta.shop.language=fi");
        assertThat(Files.readAllLines(home.resolve("out/autumn/fi1/recipients.csv"), StandardCharsets.UTF_8).get(0))
                .isEqualTo("\uFEFFCustomer ID;First name;Status");
        kanta(ExitCode.DONE, "export", "run", "autumn/fi1", "--csv", "--columns", "customer_id,first_name,status");
        assertThat(Files.readAllLines(home.resolve("out/autumn/fi1/recipients.csv"), StandardCharsets.UTF_8).get(0))
                .isEqualTo("\uFEFFCustomer ID,First name,Status");
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }

    private void shop() throws Exception {
        StringBuilder customers = new StringBuilder("customer_id,first_name,last_name,street,postal_code,city,country\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.append("P").append(i).append(",Asiakas,Numero ").append(i).append(",Katu ").append(i + 1)
                    .append(",00100,Helsinki,FI\n");
        }
        Files.writeString(home.resolve("customers.csv"), customers);
        kanta(ExitCode.DONE, "import", "customers", home.resolve("customers.csv").toString());
        TestCampaigns.define(home, "autumn", """
                name: autumn
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back, cost: 1.20 }
                offer: { code-prefix: AU, discount: "5 €", valid-days: 20 }
                """);
    }
}
