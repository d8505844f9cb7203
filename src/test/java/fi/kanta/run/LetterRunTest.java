package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A letter campaign run end to end: print files of the configured size, one page per letter in
 * ranking order with each recipient's name and address, the address list in the same order; and a
 * name the font cannot print stops the run before anything is printed, naming the recipient.
 */
@SpringBootTest
class LetterRunTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRuns runs;

    TestShop shop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("kanta.letters.per-file", () -> "3");
    }

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        TestCampaigns.define(home, "post", """
                name: post
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back }
                offer: { code-prefix: PO, discount: "5 €", valid-days: 20 }
                """);
    }

    @Test
    void lettersArePrintedInRankingOrderWithTheAddressListInTheSameOrder() throws IOException {
        String[] names = {"Matti", "Åsa", "Юлия", "Ελένη", "Seán", "Zoë", "Ærø"};
        for (int i = 0; i < names.length; i++) {
            long id = shop.customer("L" + i, names[i], "Test" + i, null, "Katu " + (i + 1), "0010" + i, "fi");
            shop.score(id, 0.5, 1000 - i, "At risk");
        }

        Launch launch = runs.launch(campaigns.named("post"), "w1", NOW);

        assertThat(launch.status()).as(launch.problem()).isEqualTo(Launch.Status.DONE);
        Path folder = home.resolve("out/post/w1/letters");
        List<String> pages = new ArrayList<>();
        for (String file : List.of("letters-0001.pdf", "letters-0002.pdf", "letters-0003.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(folder.resolve(file).toFile())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDFTextStripper text = new PDFTextStripper();
                    text.setStartPage(page);
                    text.setEndPage(page);
                    pages.add(text.getText(pdf));
                }
            }
        }
        assertThat(pages).hasSize(names.length);
        for (int i = 0; i < names.length; i++) {
            assertThat(pages.get(i)).contains(names[i] + " Test" + i).contains("Katu " + (i + 1)).contains("0010" + i);
        }
        List<String> addresses = Files.readAllLines(folder.resolve("addresses.csv"), StandardCharsets.UTF_8);
        assertThat(addresses).hasSize(names.length + 1);
        for (int i = 0; i < names.length; i++) {
            assertThat(addresses.get(i + 1)).startsWith((i + 1) + ",letters-000" + (i / 3 + 1) + ".pdf,L" + i + "," + names[i] + " Test" + i);
        }
        // printed is not posted: the letters are SENT only once the marketer marks them posted
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'PRINTED'", Long.class))
                .isEqualTo(names.length);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE status = 'SENT'", Long.class)).isZero();
    }

    @Test
    void aNameTheFontCannotPrintStopsTheRunBeforeAnythingIsPrinted() {
        shop.customer("fine", "Matti", "Meikäläinen", null, "Katu 1", "00100", "fi");
        shop.customer("cjk", "山田", "太郎", null, "Katu 2", "00100", "fi");

        Launch launch = runs.launch(campaigns.named("post"), "w2", NOW);

        assertThat(launch.status()).isEqualTo(Launch.Status.FAILED);
        assertThat(launch.problem()).startsWith("nothing was sent").contains("cjk").contains("山");
        assertThat(home.resolve("out/post/w2/letters")).doesNotExist();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM campaign_recipient", String.class)).containsExactly("PENDING");
    }
}
