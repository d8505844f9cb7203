package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kanta.KantaHome;
import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ChannelType;
import fi.kanta.clicks.ClickSettings;
import fi.kanta.clicks.ClickTargets;
import fi.kanta.links.ClickLinks;
import fi.kanta.links.ClickToken;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.outbox.MessageModels;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.RenderedEmail;
import fi.kanta.shop.ShopSettings;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * Counted links (docs/architecture.md "Clicks") through the real security filter chain, on whichever
 * database a subclass starts: a run's email carries them, a click leads to the shop's address with
 * its UTM parameters and is recorded once per link and message; forged, altered, too old or
 * outside links lead nowhere (the "link not valid" page, never a redirect); "do not profile me" gets
 * plain links and no click rows; scanner-like clicks are flagged.
 */
@AutoConfigureMockMvc
abstract class ClickRedirectContractTest {

    private static final Pattern COUNTED = Pattern.compile("https://kanta\\.example\\.com/c/([A-Za-z0-9_-]+)");
    private static final String SHOP_TARGET = "https://shop.example.com/?utm_source=kanta&utm_medium=email&utm_campaign=win-back"
            + "&utm_content=button";

    @Autowired
    MockMvc web;

    @Autowired
    KantaHome home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClickLinks links;

    @Autowired
    UnsubscribeLinks unsubscribeLinks;

    @Autowired
    MessageModels models;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ShopSettings shopSettings;

    TestShop shop;
    long aino;
    long run;

    @BeforeEach
    void oneEmailSent() throws java.io.IOException {
        TestDatabase.clean(jdbc);
        FileSystemUtils.copyRecursively(Path.of("templates").toFile(), home.home().resolve("templates").toFile());
        FileSystemUtils.copyRecursively(Path.of("jobs").toFile(), home.home().resolve("jobs").toFile());
        shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('win-back', '2026-W48', TRUE,"
                + " ?, 'win-back')", Timestamp.valueOf(now().minusDays(1)));
        run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE run_key = '2026-W48'", Long.class);
        sent(aino, now().minusHours(1));
    }

    @Test
    void aClickLeadsToTheShopWithItsUtmParametersAndIsRecordedOncePerLinkAndMessage() throws Exception {
        RenderedEmail email = email(aino);
        List<String> html = counted(email.html());
        List<String> text = counted(email.text());
        assertThat(html).hasSize(1);
        assertThat(text).containsExactlyElementsOf(html);
        assertThat(email.html()).doesNotContain("href=\"https://shop.example.com/?utm").contains("/unsubscribe/");

        for (int click = 0; click < 3; click++) {
            web.perform(get(path(html.get(0)))).andExpect(status().isFound())
                    .andExpect(header().string("Location", SHOP_TARGET))
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
        assertThat(clicks()).containsExactly(run + " " + aino + " button false");
    }

    @Test
    void forgedAlteredAndOtherKindsOfTokensLeadNowhereAndRecordNothing() throws Exception {
        String token = counted(email(aino).html()).get(0);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String unsubscribe = unsubscribeLinks.url(aino, "email", "win-back", "2026-W48");
        for (String bad : List.of(altered, token.substring(1), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1))) {
            refused(bad);
        }
        assertThat(clicks()).isEmpty();
    }

    @Test
    void aSignedLinkToAnotherHostOrNotHttpsLeadsNowhere() throws Exception {
        for (String outside : List.of("https://evil.example/", "https://shop.example.com.evil.example/", "http://shop.example.com/",
                "https://shop.example.com@evil.example/", "javascript:alert(1)", "//evil.example/")) {
            refused(token(aino, "button", LocalDate.now(shopSettings.timeZone()), outside));
        }
        assertThat(clicks()).isEmpty();
        // the extra host, named in any case, and the shop's own host with another path are allowed
        web.perform(get(path(token(aino, "lookbook", LocalDate.now(shopSettings.timeZone()), "https://lookbook.example.com/autumn"))))
                .andExpect(status().isFound()).andExpect(header().string("Location", "https://lookbook.example.com/autumn"));
    }

    @Test
    void aProductPagesHostIsAllowed() {
        jdbc.update("DELETE FROM product");
        ClickSettings settings = new ClickSettings(true, 180, List.of());
        assertThat(new ClickTargets(jdbc, shopSettings, settings).allows("https://products.example.net/p/1")).isFalse();
        jdbc.update("INSERT INTO product (sku, name, page_url, in_stock, updated_at) VALUES ('S1', 'Saapas', 'https://Products.Example.net/p/9',"
                + " TRUE, ?)", Timestamp.valueOf(now()));
        try {
            ClickTargets targets = new ClickTargets(jdbc, shopSettings, settings);
            assertThat(targets.allows("https://products.example.net/p/1?utm_source=kanta")).isTrue();
            assertThat(targets.allows("http://products.example.net/p/1")).isFalse();
            assertThat(targets.allows("https://other.example.net/p/1")).isFalse();
        } finally {
            jdbc.update("DELETE FROM product");
        }
    }

    @Test
    void aLinkOlderThanTheRetentionLeadsNowhere() throws Exception {
        LocalDate today = LocalDate.now(shopSettings.timeZone());
        refused(token(aino, "button", today.minusDays(181), SHOP_TARGET));
        web.perform(get(path(token(aino, "button", today.minusDays(180), SHOP_TARGET)))).andExpect(status().isFound());
        assertThat(clicks()).hasSize(1);
    }

    @Test
    void doNotProfileMeGetsPlainLinksAndAnEarlierCountedLinkRecordsNothing() throws Exception {
        String earlier = counted(email(aino).html()).get(0);
        new TestChoices(jdbc).noProfiling(aino);

        RenderedEmail email = email(aino);
        assertThat(counted(email.html())).isEmpty();
        assertThat(counted(email.text())).isEmpty();
        assertThat(email.html()).contains("href=\"" + SHOP_TARGET.replace("&", "&amp;") + "\"");
        web.perform(get(path(earlier))).andExpect(status().isFound()).andExpect(header().string("Location", SHOP_TARGET));
        assertThat(clicks()).isEmpty();
    }

    @Test
    void aClickWithinAMinuteOfDeliveryIsFlaggedAsAScanners() throws Exception {
        long fresh = shop.customer("C2", "Eino", "Nopea", "eino@example.fi", "Katu 2", "00100", "fi");
        sent(fresh, now().minusSeconds(5));

        web.perform(get(path(counted(email(fresh).html()).get(0)))).andExpect(status().isFound());
        web.perform(get(path(counted(email(aino).html()).get(0)))).andExpect(status().isFound());

        assertThat(clicks()).containsExactlyInAnyOrder(run + " " + fresh + " button true", run + " " + aino + " button false");
    }

    @Test
    void everyLinkOfAMessageClickedAtOnceIsFlaggedButOneLinkAloneIsNot() throws Exception {
        LocalDate today = LocalDate.now(shopSettings.timeZone());
        web.perform(get(path(token(aino, "button", today, SHOP_TARGET)))).andExpect(status().isFound());
        web.perform(get(path(token(aino, "logo", today, "https://shop.example.com/?utm_content=logo")))).andExpect(status().isFound());
        web.perform(get(path(token(aino, "pick-1", today, "https://shop.example.com/p/1")))).andExpect(status().isFound());

        assertThat(clicks()).containsExactlyInAnyOrder(run + " " + aino + " button true", run + " " + aino + " logo true",
                run + " " + aino + " pick-1 true");
    }

    @Test
    void aHeadRequestLeadsOnButRecordsNothingAndAnErasedCustomersClickNeither() throws Exception {
        String token = counted(email(aino).html()).get(0);
        web.perform(head(path(token))).andExpect(status().isFound()).andExpect(header().string("Location", SHOP_TARGET));
        assertThat(clicks()).isEmpty();

        long gone = shop.customer("C3", "Poistettu", "P", "p@example.fi", "Katu 3", "00100", "fi");
        sent(gone, now().minusHours(1));
        String theirs = counted(email(gone).html()).get(0);
        jdbc.update("DELETE FROM campaign_recipient WHERE customer_id = ?", gone);
        jdbc.update("DELETE FROM consent_newest WHERE customer_id = ?", gone);
        jdbc.update("DELETE FROM consent WHERE customer_id = ?", gone);
        jdbc.update("DELETE FROM customer WHERE id = ?", gone);
        web.perform(get(path(theirs))).andExpect(status().isFound());
        assertThat(clicks()).isEmpty();
    }

    /** The "link not valid" page: 404, no Location, nothing recorded. */
    private void refused(String token) throws Exception {
        MockHttpServletResponse response = web.perform(get("/c/" + token)).andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Location")).andReturn().getResponse();
        assertThat(response.getContentAsString()).as(token).contains("This link is not valid").doesNotContain("evil");
    }

    private String token(long customer, String link, LocalDate issued, String target) {
        String url = links.url(new ClickToken(run, customer, link, issued, target));
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private RenderedEmail email(long customer) {
        var recipient = models.forRun(campaigns.named("win-back"), "2026-W48", run, ChannelType.EMAIL, List.of(customer),
                now().toLocalDate()).get(0);
        return CampaignTemplates.open(home.home().resolve("templates"), "win-back").email(recipient.model());
    }

    private void sent(long customer, LocalDateTime at) {
        jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value, offer_code,"
                + " value_tier, status, status_at) VALUES (?, ?, 'email', ?, 'TARGET', ?, 1, ?, 'gold', 'SENT', ?)", run, customer,
                "key-" + customer, (int) customer, "WB-" + customer, Timestamp.valueOf(at));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(shopSettings.timeZone());
    }

    private static List<String> counted(String message) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = COUNTED.matcher(message);
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        return tokens;
    }

    private static String path(String token) {
        return "/c/" + token;
    }

    private List<String> clicks() {
        return jdbc.query("SELECT run_id, customer_id, link, suspect FROM click ORDER BY link", (row, n) -> row.getLong(1) + " "
                + row.getLong(2) + " " + row.getString(3) + " " + row.getBoolean(4));
    }
}
