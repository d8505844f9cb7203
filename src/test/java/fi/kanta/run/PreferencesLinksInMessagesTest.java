package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.links.PreferenceLink;
import fi.kanta.links.PreferenceLinks;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
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
 * The way to the preferences page in what a run sends: a letter prints a short address of a code
 * kept for its customer, and its QR code, read back from the printed page, is that address; an
 * email's footer carries a signed link that names its customer and expires after the configured days.
 */
@SpringBootTest
class PreferencesLinksInMessagesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRuns runs;

    @Autowired
    PreferenceLinks links;

    TestShop shop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("kanta.web.preferences-link-days", () -> "45");
    }

    @BeforeEach
    void shop() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
    }

    @Test
    void aLetterPrintsTheShortAddressAndItsQrCodeReadsBackAsIt() throws Exception {
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
        long matti = shop.customer("L1", "Matti", "Meikäläinen", null, "Katu 1", "00100", "fi");

        Launch launch = runs.launch(campaigns.named("post"), "w1", NOW);

        assertThat(launch.status()).as(launch.problem()).isEqualTo(Launch.Status.DONE);
        String code = jdbc.queryForObject("SELECT code FROM preference_short_code WHERE customer_id = ?", String.class, matti);
        String address = "https://kanta-demo.example/p/" + code;
        try (PDDocument pdf = Loader.loadPDF(home.resolve("out/post/w1/letters/letters-0001.pdf").toFile())) {
            // the letter's way out is the short address; the 55-character unsubscribe link is not printed
            assertThat(new PDFTextStripper().getText(pdf)).containsSubsequence("Etkö halua enää kirjeitä meiltä?", address)
                    .doesNotContain("/unsubscribe/");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            ImageIO.write(page, "png", Files.createDirectories(Path.of("target", "screenshots")).resolve("letter-preferences.png").toFile());
            assertThat(qrCodeOn(page)).isEqualTo(address);
        }
        PreferenceLink opened = links.openShortCode(code.toLowerCase()).orElseThrow();
        assertThat(opened.customerId()).isEqualTo(matti);
        assertThat(opened.lastDay()).isEqualTo(LocalDate.now().plusDays(45));
        assertThat(opened.test()).isFalse();
    }

    @Test
    void anEmailsFooterLinksToThePreferencesPageOfItsCustomer() throws Exception {
        TestCampaigns.define(home, "mail", """
                name: mail
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: EM, discount: "5 €", valid-days: 20 }
                """);
        long aino = shop.customer("E1", "Aino", "Asiakas", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);

        Launch launch = runs.launch(campaigns.named("mail"), "w1", NOW);

        assertThat(launch.status()).as(launch.problem()).isEqualTo(Launch.Status.DONE);
        Path eml;
        try (Stream<Path> files = Files.list(home.resolve("out/mail/w1/emails"))) {
            eml = files.filter(file -> file.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        String text;
        String html;
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMultipart parts = (MimeMultipart) new MimeMessage(Session.getInstance(new Properties()), in).getContent();
            Map<String, String> byType = new java.util.HashMap<>();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                byType.put(part.getContentType().replaceAll(";.*", "").strip(), (String) part.getContent());
            }
            text = byType.get("text/plain");
            html = byType.get("text/html");
        }
        Matcher link = Pattern.compile("Omat valintasi: (https://kanta-demo\\.example/preferences/(\\S+))").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(html).contains("href=\"" + link.group(1) + "\"").contains("Peru tilaus");
        PreferenceLink opened = links.verify(link.group(2)).orElseThrow();
        assertThat(opened.customerId()).isEqualTo(aino);
        assertThat(opened.lastDay()).isEqualTo(LocalDate.now().plusDays(45));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM preference_short_code", Long.class)).isZero();
    }

    private static String qrCodeOn(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
