package fi.kanta.cli;

import static fi.kanta.CommandLines.count;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An offer whose reward is chosen per customer (jobs/README.md "Rewards"), through the real command
 * line on the real HSQLDB: by favourite category (from {@code kanta score}), by a stated interest, the
 * default for everyone else and for a customer who chose "do not profile me"; {@code kanta preview}
 * says which and why; the run records it, and its email, its letter, the export's discount column and
 * the report agree, each reward with its own text. {@code kanta validate} names a wrong rewards list by
 * file, line and field, and warns for a reward's text one language has and another lacks.
 */
class RewardsCommandLineTest extends InAHome {

    static final String REWARDED = """
            name: rewarded
            kind: win-back
            period: weekly
            segment: { all: [] }
            holdout: 0
            channels:
              - { type: email, template: win-back }
              - { type: letter, template: win-back }
            offer:
              code-prefix: RW
              valid-days: 30
              rewards:
                - { favourite-category: Shoes, discount: "25 %" }
                - { favourite-category: [Sports, Kids], discount: "30 %" }
                - { interested-in: beauty, discount: "15 %" }
                - { discount: "20 %" }
            export:
              columns: [customer_id, reward, discount, offer_code]
            """;

    @Test
    void eachCustomerGetsTheFirstRewardThatFitsAndEveryPartOfTheRunAgrees() throws Exception {
        shop();
        TestCampaigns.define(home, "rewarded", REWARDED);

        assertThat(preview("C1")).contains("Reward 1 of 4, 25 %: their favourite category is Shoes");
        assertThat(preview("C2")).contains("Reward 3 of 4, 15 %: they said they care about Beauty");
        assertThat(preview("C3")).contains("Reward 4 of 4, 20 %: the default: they chose \"do not profile me\"");
        assertThat(preview("C4")).contains("Reward 4 of 4, 20 %: everyone else");
        assertThat(preview("C5")).contains("Reward 2 of 4, 30 %: their favourite category is Kids");
        assertThat(preview("C6")).contains("Reward 1 of 4, 25 %: their favourite category is Shoes").contains("by letter");

        kanta(ExitCode.DONE, "run", "rewarded", "--run-key", "r1", "--yes");

        assertThat(rewardOf("C1")).isEqualTo(1);
        assertThat(rewardOf("C2")).isEqualTo(3);
        assertThat(rewardOf("C3")).isEqualTo(4);
        assertThat(rewardOf("C4")).isEqualTo(4);
        assertThat(rewardOf("C5")).isEqualTo(2);
        assertThat(rewardOf("C6")).isEqualTo(1);

        // each reward's own text (winback.offer.<category>) in the customer's language: Aino reads Finnish
        assertThat(email("C1")).contains("Suosikkiosastosi Kengät nyt -25 %: kiitos, että olet asiakkaamme.");
        assertThat(email("C2")).contains("You told us you care about beauty: all beauty products are now 15 % off.");
        // the last reward has no category: the general text (winback.offer)
        assertThat(email("C3")).contains("20 % off your next order").doesNotContain("department").doesNotContain("beauty");
        assertThat(email("C4")).contains("20 % off your next order");
        assertThat(email("C5")).contains("Your favourite department, Kids, is now 30 % off");
        // the letter, and the preview's email and letter of the same customer, carry the reward the run chose
        String letters = pdfText(home.resolve("out/rewarded/r1/letters/letters-0001.pdf"));
        assertThat(letters).contains("Your favourite department, Shoes, is now 25 % off").doesNotContain("20 %");
        assertThat(pdfText(previewFile("C6", ".pdf"))).contains("Your favourite department, Shoes, is now 25 % off");
        assertThat(emlText(previewFile("C1", ".eml"))).contains("Suosikkiosastosi Kengät nyt -25 %");

        kanta(ExitCode.DONE, "export", "run", "rewarded/r1", "--csv");
        List<String> rows = Files.readAllLines(home.resolve("out/rewarded/r1/recipients.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("\uFEFFCustomer ID,Reward,Discount,Offer code");
        assertThat(rows).anyMatch(row -> row.startsWith("C1,1,25 %,RW-")).anyMatch(row -> row.startsWith("C2,3,15 %,RW-"))
                .anyMatch(row -> row.startsWith("C3,4,20 %,RW-")).anyMatch(row -> row.startsWith("C5,2,30 %,RW-"))
                .anyMatch(row -> row.startsWith("C6,1,25 %,RW-"));

        String report = kanta(ExitCode.DONE, "report", "rewarded/r1");
        assertThat(report).contains("Rewards (targets and holdout per reward)")
                .containsPattern("1\\. 25 %, favourite-category: Shoes +2 ")
                .containsPattern("2\\. 30 %, favourite-category: Sports, Kids +1 ")
                .containsPattern("3\\. 15 %, interested-in: beauty +1 ")
                .containsPattern("4\\. 20 %, everyone else .* +2 ");
    }

    @Test
    void aRewardWithoutATextOfItsOwnGetsTheGeneralOneAndValidateWarnsForATextOneLanguageLacks() throws Exception {
        shop();
        // Home has no text of its own in any language: its customers get the general text, and nothing is missing
        TestCampaigns.define(home, "rewarded", REWARDED.replace("- { interested-in: beauty, discount: \"15 %\" }",
                "- { favourite-category: Home, discount: \"15 %\" }"));
        Path swedish = home.resolve("templates/win-back/messages_sv.properties");
        Files.writeString(swedish, Files.readString(swedish).replaceAll("(?m)^winback\\.offer\\.Shoes=.*\n", ""));

        assertThat(kanta(ExitCode.DONE, "validate"))
                .contains("warning  win-back: the reward text for category 'Shoes' is missing in Swedish; its customers who read"
                        + " Swedish get winback.offer. Add a line winback.offer.Shoes=… to templates/win-back/messages_sv.properties")
                .doesNotContain("'Home'").doesNotContain("'Kids'").doesNotContain("in Finnish").doesNotContain("in English");
        assertThat(kanta(ExitCode.DONE, "validate", "--kanta.shop.language=fi"))
                .contains("varoitus  win-back: osaston 'Shoes' palkinnon teksti puuttuu kieleltä ruotsi;")
                .contains("Lisää rivi winback.offer.Shoes=… tiedostoon templates/win-back/messages_sv.properties");
        assertThat(kanta(ExitCode.DONE, "validate", "--kanta.shop.language=sv"))
                .contains("varning  win-back: belöningens text för kategorin 'Shoes' saknas på svenska;");

        kanta(ExitCode.DONE, "preview", "rewarded", "--customer", "C4");
        assertThat(emlText(previewFile("C4", ".eml"))).contains("As a thank-you for being our customer, here is 15 % off your next order.");
    }

    @Test
    void validateNamesEveryMistakeInARewardsListByFileLineAndField() throws Exception {
        shop();
        TestCampaigns.define(home, "rewarded", REWARDED
                .replace("- { interested-in: beauty, discount: \"15 %\" }", "- { interested-in: beauty, favourite-category: Home, discount: \"15 %\" }")
                .replace("- { favourite-category: [Sports, Kids], discount: \"30 %\" }", "- { favourite-category: [Sports, Kids] }")
                .replace("- { discount: \"20 %\" }", "- { favourite-category: Shose, discount: \"20 %\" }"));

        assertThat(kanta(ExitCode.FAILED, "validate"))
                .contains("jobs/rewarded.yml:14: offer.rewards[1]: missing field \"discount\"")
                .contains("jobs/rewarded.yml:15: offer.rewards[2].favourite-category: a reward has one condition, interested-in or"
                        + " favourite-category, not both")
                .contains("jobs/rewarded.yml:16: offer.rewards[3]: the last reward must have no condition");

        TestCampaigns.define(home, "rewarded", REWARDED.replace("- { discount: \"20 %\" }",
                "- { discount: \"20 %\" }\n    - { favourite-category: Shose, discount: \"20 %\" }"));
        assertThat(kanta(ExitCode.FAILED, "validate", "--kanta.shop.language=fi"))
                .contains("jobs/rewarded.yml:16: offer.rewards[3]: palkinto ilman ehtoa on kaikille muille, ja sen on oltava viimeinen");

        TestCampaigns.define(home, "rewarded", REWARDED.replace("favourite-category: Shoes", "favourite-category: Shose")
                .replace("valid-days: 30", "valid-days: 30\n  discount: \"10 %\""));
        assertThat(kanta(ExitCode.FAILED, "validate", "--kanta.shop.language=sv"))
                .contains("jobs/rewarded.yml:12: offer.discount: ett erbjudande med belöningar (rewards) anger rabatten i varje belöning");

        TestCampaigns.define(home, "rewarded", REWARDED.replace("favourite-category: Shoes", "favourite-category: Shose"));
        assertThat(kanta(ExitCode.DONE, "validate"))
                .contains("warning  jobs/rewarded.yml:13: offer.rewards[0].favourite-category: no purchase is in category 'Shose'")
                .contains("(the purchases' categories: Clothing, Home, Kids, Shoes)")
                // named in templates/categories.csv, though nobody bought there yet: no warning
                .doesNotContain("'Sports'").doesNotContain("'beauty'");
    }

    /**
     * Six customers with an address and email consent but C6 (a letter): C1 (Finnish) and C6 mostly
     * buy shoes, C2 clothing and says they care about Beauty, C3 shoes but chose "do not profile me",
     * C4 home, C5 kids; scored, so each has a favourite category.
     */
    private void shop() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(20);
        Path customers = Files.writeString(home.resolve("customers.csv"),
                "customer_id,first_name,last_name,email,street,postal_code,city,country,language\n"
                        + "C1,Aino,Asiakas,aino@example.fi,Katu 1,00100,Helsinki,FI,fi\n"
                        + "C2,Eino,Asiakas,eino@example.fi,Katu 2,00100,Helsinki,FI,en\n"
                        + "C3,Saara,Asiakas,saara@example.fi,Katu 3,00100,Helsinki,FI,en\n"
                        + "C4,Veera,Asiakas,veera@example.fi,Katu 4,00100,Helsinki,FI,en\n"
                        + "C5,Kalle,Asiakas,kalle@example.fi,Katu 5,00100,Helsinki,FI,en\n"
                        + "C6,Ville,Asiakas,,Katu 6,00100,Helsinki,FI,en\n");
        StringBuilder purchases = new StringBuilder("order_id,customer_id,purchased_at,amount,category\n");
        String[][] bought = {{"C1", "Shoes", "Shoes", "Home"}, {"C2", "Clothing", "Clothing", "Home"}, {"C3", "Shoes", "Shoes", "Home"},
            {"C4", "Home", "Home", "Shoes"}, {"C5", "Kids", "Kids", "Home"}, {"C6", "Shoes", "Shoes", "Clothing"}};
        for (String[] customer : bought) {
            for (int i = 1; i < customer.length; i++) {
                purchases.append(customer[0]).append("-").append(i).append(',').append(customer[0]).append(',')
                        .append(day.plusDays(3L * i)).append(",40.00,").append(customer[i]).append('\n');
            }
        }
        Path purchaseFile = Files.writeString(home.resolve("purchases.csv"), purchases);
        Path consents = Files.writeString(home.resolve("consents.csv"), "customer_id,channel,granted,given_at\n"
                + Stream.of("C1", "C2", "C3", "C4", "C5").map(id -> id + ",email,true,2026-01-01\n").reduce("", String::concat));
        kanta(ExitCode.DONE, "import", "customers", customers.toString());
        kanta(ExitCode.DONE, "import", "purchases", purchaseFile.toString());
        kanta(ExitCode.DONE, "import", "consents", consents.toString());
        CommandLines.update(home, "INSERT INTO customer_preference (customer_id, no_offers, no_profiling, changed_at, source)"
                + " SELECT id, FALSE, TRUE, CURRENT_TIMESTAMP, 'preferences-page' FROM customer WHERE external_id = 'C3'");
        CommandLines.update(home, "INSERT INTO customer_interest (customer_id, category, chosen_at)"
                + " SELECT id, 'Beauty', CURRENT_TIMESTAMP FROM customer WHERE external_id = 'C2'");
        kanta(ExitCode.DONE, "score");
    }

    private String preview(String customer) {
        return kanta(ExitCode.DONE, "preview", "rewarded", "--customer", customer);
    }

    private long rewardOf(String customer) throws Exception {
        return count(home, "SELECT r.reward FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id WHERE c.external_id = '"
                + customer + "'");
    }

    /** The text part of the run's email to the customer, spaces that do not break as plain ones. */
    private String email(String customer) throws Exception {
        String address = customer.equals("C1") ? "aino" : customer.equals("C2") ? "eino" : customer.equals("C3") ? "saara"
                : customer.equals("C4") ? "veera" : "kalle";
        try (Stream<Path> files = Files.list(home.resolve("out/rewarded/r1/emails"))) {
            for (Path eml : files.filter(file -> file.toString().endsWith(".eml")).toList()) {
                String text = emlText(eml);
                if (Files.readString(eml).contains(address + "@example.fi")) {
                    return text;
                }
            }
        }
        throw new AssertionError("no email to " + address);
    }

    private Path previewFile(String customer, String ending) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("out/rewarded/preview/" + customer))) {
            return files.filter(file -> file.toString().endsWith(ending)).findFirst().orElseThrow();
        }
    }

    private static String emlText(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMultipart parts = (MimeMultipart) new MimeMessage(Session.getInstance(new Properties()), in).getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContentType().startsWith("text/plain")) {
                    return ((String) part.getContent()).replace('\u00a0', ' ');
                }
            }
        }
        throw new AssertionError("no text part in " + eml);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
