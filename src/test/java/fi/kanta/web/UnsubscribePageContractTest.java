package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kanta.KantaHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.TestLinks;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.links.UnsubscribeLinksTest;
import fi.kanta.sql.Sql;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unsubscribe pages through the real security filter chain (CSRF, authorisation, headers), on
 * whichever database a subclass starts: GET asks and records nothing, POST records at once and
 * only once, one-click works without cookie or CSRF token, and a token that is not genuine
 * changes nothing.
 */
@AutoConfigureMockMvc
abstract class UnsubscribePageContractTest {

    /** What every subclass's {@code @SpringBootTest} says: the pages need the servlet application. */
    static final String SERVLET = "spring.main.web-application-type=servlet";

    @Autowired
    MockMvc web;

    @Autowired
    KantaHome home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    TestShop shop;
    long aino;

    @BeforeEach
    void oneSubscriber() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino <script>alert(1)</script>", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);
        shop.consent(aino, "newsletter", true);
    }

    @Test
    void getShowsTheConfirmationInTheCustomersLanguageAndRecordsNothing() throws Exception {
        String page = web.perform(get(path(aino, "newsletter")))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fi\"").contains("Haluatko lopettaa uutiskirjeemme tilauksen?")
                .contains("Lopeta kaikki").contains("value=\"all\"").contains("Aino &lt;script&gt;").doesNotContain("<script>")
                .doesNotContain("_csrf");
        assertThat(rows()).isEqualTo(before());
    }

    @Test
    void swedishAndEnglishCustomersGetTheirLanguageAndAnyOtherEnglish() throws Exception {
        long sven = shop.customer("C2", "Sven", "S", "sven@example.se", "Gatan 1", "00100", "sv-FI");
        long olga = shop.customer("C3", "Olga", "O", "olga@example.ru", "Ulitsa 1", "00100", "ru");

        assertThat(web.perform(get(path(sven, "email"))).andReturn().getResponse().getContentAsString())
                .contains("Vill du sluta få marknadsföringsmejl");
        assertThat(web.perform(get(path(olga, "letter"))).andReturn().getResponse().getContentAsString())
                .contains("Do you want us to stop sending you letters by post?");
    }

    @Test
    void postWithdrawsTheMessagesChannelAtOnceAndASecondPostAddsNothing() throws Exception {
        String path = path(aino, "newsletter");

        web.perform(post(path).param("scope", "channel")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Et saa enää uutiskirjettämme.")));

        assertThat(jdbc.query("SELECT channel, granted, source FROM consent WHERE customer_id = ? AND source = ?",
                (row, n) -> row.getString("channel") + " " + row.getBoolean("granted") + " " + row.getString("source"), aino,
                Unsubscriptions.SOURCE)).containsExactly("newsletter false unsubscribe-link");
        assertThat(allowed(ConsentChannel.NEWSLETTER)).isEmpty();
        assertThat(allowed(ConsentChannel.EMAIL)).containsExactly("C1");
        Map<String, Long> once = rows();

        web.perform(post(path).param("scope", "channel")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tämä oli jo kirjattu")));
        assertThat(rows()).isEqualTo(once);
    }

    @Test
    void allChannelsWithdrawsEmailNewsletterAndLettersAndSuppressesTheCustomerOnce() throws Exception {
        String path = path(aino, "email");

        web.perform(post(path).param("scope", "all")).andExpect(status().isOk());

        assertThat(jdbc.queryForList("SELECT channel FROM consent WHERE customer_id = ? AND source = ? AND granted = FALSE",
                String.class, aino, Unsubscriptions.SOURCE)).containsExactlyInAnyOrder("email", "newsletter", "letter");
        assertThat(jdbc.queryForList("SELECT reason || '/' || source FROM suppression WHERE customer_id = ?", String.class, aino))
                .containsExactly("UNSUBSCRIBED/unsubscribe-link");
        for (ConsentChannel channel : ConsentChannel.values()) {
            assertThat(allowed(channel)).as(channel.id()).isEmpty();
        }
        Map<String, Long> once = rows();
        web.perform(post(path).param("scope", "all")).andExpect(status().isOk());
        web.perform(post(path).param("scope", "channel")).andExpect(status().isOk());
        assertThat(rows()).isEqualTo(once);
    }

    @Test
    void aBareOneClickPostThroughTheSecurityFilterChainWithdrawsTheChannel() throws Exception {
        // RFC 8058: what a mail provider sends, with no cookie, no session and no CSRF token
        web.perform(post(path(aino, "email")).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));

        assertThat(jdbc.queryForList("SELECT channel FROM consent WHERE customer_id = ? AND source = ? AND granted = FALSE",
                String.class, aino, Unsubscriptions.SOURCE)).containsExactly("email");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suppression", Long.class)).isZero();
        assertThat(allowed(ConsentChannel.EMAIL)).isEmpty();
        assertThat(allowed(ConsentChannel.NEWSLETTER)).containsExactly("C1");
    }

    @Test
    void theNextSelectionLeavesTheCustomerOut() throws Exception {
        Files.createDirectories(home.home().resolve("jobs"));
        Files.writeString(home.home().resolve("jobs/by-email.yml"), """
                name: by-email
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: t }
                """);
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);
        assertThat(selection.dryRun(campaigns.named("by-email"), "r1", now).targets()).isEqualTo(1);

        web.perform(post(path(aino, "email")).param("scope", "channel")).andExpect(status().isOk());

        assertThat(selection.dryRun(campaigns.named("by-email"), "r2", now).targets()).isZero();
    }

    @Test
    void aForgedOrAlteredTokenIsA404AndRecordsNothing() throws Exception {
        String genuine = UnsubscribeLinksTest.token(links.url(aino, "email", "win-back", "2026-W48"));
        String altered = genuine.substring(0, 5) + (genuine.charAt(5) == 'A' ? 'B' : 'A') + genuine.substring(6);
        String forged = UnsubscribeLinksTest.token(new UnsubscribeLinks(new LinkSettings("http://x", "x".repeat(40)),
                new LinkSecret(new LinkSettings("http://x", "x".repeat(40)), home)).url(aino, "email", "w", "r"));
        Map<String, Long> before = rows();

        for (String token : List.of(altered, forged, "nonsense")) {
            web.perform(get(UnsubscribeLinks.PATH + token)).andExpect(status().isNotFound())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Linkki ei ole voimassa")));
            web.perform(post(UnsubscribeLinks.PATH + token).param("scope", "all")).andExpect(status().isNotFound());
            web.perform(post(UnsubscribeLinks.PATH + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content("List-Unsubscribe=One-Click")).andExpect(status().isNotFound());
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anUnknownScopeIsA400AndRecordsNothing() throws Exception {
        web.perform(post(path(aino, "email")).param("scope", "everything-and-more")).andExpect(status().isBadRequest());
        assertThat(rows()).isEqualTo(before());
    }

    @Test
    void aTestMessagesLinkSaysSoAndChangesNothing() throws Exception {
        String url = links.url(aino, "newsletter", "win-back", TestLinks.RUN_KEY);
        String path = url.substring("https://kanta-demo.example".length());

        assertThat(web.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("This was a test message").contains("Tämä oli testiviesti").doesNotContain("Aino");
        web.perform(post(path).param("scope", "all")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This was a test message")));
        web.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        assertThat(rows()).isEqualTo(before());
        assertThat(allowed(ConsentChannel.NEWSLETTER)).containsExactly("C1");
    }

    @Test
    void everyOtherPathIsDeniedAndKeepsCsrfProtection() throws Exception {
        web.perform(get("/")).andExpect(status().isForbidden());
        web.perform(get("/anything")).andExpect(status().isForbidden());
        web.perform(post("/anything").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("x=1")).andExpect(status().isForbidden());
        // the console's pages are on a port of their own: on this one they are not there at all
        web.perform(get("/console")).andExpect(status().isNotFound());
        web.perform(post("/console").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("x=1")).andExpect(status().isNotFound());
    }

    private String path(long customer, String channel) {
        String url = links.url(customer, channel, "win-back", "2026-W48");
        assertThat(url).startsWith("https://kanta-demo.example/unsubscribe/");
        return url.substring("https://kanta-demo.example".length());
    }

    /** Customers (external ids) the channel may reach, by the same rules every selection and claim uses. */
    private List<String> allowed(ConsentChannel channel) {
        Sql query = Sql.of("SELECT c.external_id FROM customer c WHERE ").plus(ContactRules.consented(channel))
                .plus(" AND NOT ").plus(ContactRules.suppressed(channel)).plus(" ORDER BY c.external_id");
        return jdbc.queryForList(query.text(), String.class, query.args());
    }

    private Map<String, Long> rows() {
        return Map.of("consent", jdbc.queryForObject("SELECT COUNT(*) FROM consent", Long.class),
                "suppression", jdbc.queryForObject("SELECT COUNT(*) FROM suppression", Long.class));
    }

    private static Map<String, Long> before() {
        return Map.of("consent", 2L, "suppression", 0L);
    }
}
