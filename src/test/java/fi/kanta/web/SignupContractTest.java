package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.kanta.KantaHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.Importer;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.SignupLinks;
import fi.kanta.links.SignupLinks.SignupToken;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.signup.Signups;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The newsletter sign-up through the real security filter chain and a real SMTP server (GreenMail),
 * on whichever database a subclass starts: the same answer for every submission, nothing subscribed
 * before the confirming POST, the consent with source double-opt-in and its proof, expiry, the
 * limits, the trap for bots, forged links, prospects in the newsletter's selection and merged on
 * import, and an unsubscribe lifted.
 */
@AutoConfigureMockMvc
abstract class SignupContractTest {

    static final String PROXY = "10.9.9.9";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("https://kanta-demo\\.example(/subscribe/[A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MockMvc web;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Signups signups;

    @Autowired
    SignupLinks links;

    @Autowired
    KantaHome home;

    @Autowired
    Importer importer;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RecipientSelection selection;

    TestShop shop;

    /** A client address of this test's own, so that the per-client limit of one test leaves the others alone. */
    String client;
    private static int clients;

    @BeforeEach
    void emptyShop() throws Exception {
        TestDatabase.clean(jdbc);
        jdbc.update("DELETE FROM signup");
        SMTP.purgeEmailFromAllMailboxes();
        shop = new TestShop(jdbc);
        client = "192.0.2." + (++clients);
    }

    @Test
    void theFormSpeaksTheChosenLanguageOpensNoSessionAndHasTheTrapForBots() throws Exception {
        String page = web.perform(get("/signup").param("lang", "sv")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"sv\"").contains("Prenumerera på vårt nyhetsbrev").contains("name=\"email\"")
                .contains("name=\"first_name\"").contains("<option value=\"sv\" selected=\"selected\">svenska</option>")
                .contains("class=\"trap\"").contains("name=\"website\"").doesNotContain("_csrf");
        assertThat(web.perform(get("/signup").header("Accept-Language", "fi-FI,fi;q=0.9")).andReturn().getResponse()
                .getContentAsString()).contains("Tilaa uutiskirjeemme");
    }

    @Test
    void nothingIsSubscribedBeforeTheConfirmingPostAndAGetOfTheLinkChangesNothing() throws Exception {
        String answer = signUp("new@example.fi", "Uusi", "fi");

        assertThat(answer).contains("Katso sähköpostisi");
        MimeMessage email = onlyEmail();
        assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly("new@example.fi");
        assertThat(email.getSubject()).isEqualTo("Vahvista kaupan Kanta Demo Shop uutiskirjeen tilaus");
        assertThat(email.getHeader("List-Unsubscribe")).isNull();
        assertThat(text(email)).startsWith("Hei Uusi,").contains("Linkki toimii 7 päivää.");
        Map<String, Long> signedUp = rows();
        assertThat(signedUp).containsEntry("signup", 1L).containsEntry("customer", 0L).containsEntry("consent", 0L);

        String page = web.perform(get(link(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        web.perform(get(link(email))).andExpect(status().isOk());

        assertThat(page).contains("<html lang=\"fi\"").contains("Haluatko uutiskirjeemme osoitteeseen new@example.fi?")
                .contains("<form method=\"post\">");
        assertThat(rows()).isEqualTo(signedUp);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup WHERE confirmed_at IS NULL", Long.class)).isOne();
        assertThat(newsletterAllowed()).isEmpty();
    }

    @Test
    void theConfirmingPostGrantsTheNewsletterWithSourceDoubleOptInAndKeepsTheProof() throws Exception {
        signUp("new@example.fi", "Uusi", "fi");
        String link = link(onlyEmail());

        String page = web.perform(post(link).with(from(PROXY)).header("X-Forwarded-For", "203.0.113.9, 198.51.100.7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kiitos! Uutiskirjeemme tulee osoitteeseen new@example.fi.").doesNotContain("oli jo vahvistettu");
        assertThat(jdbc.queryForList("SELECT external_id || ' ' || first_name || ' ' || email_key || ' ' || language FROM customer"
                + " WHERE prospect = TRUE", String.class)).singleElement().asString().matches("prospect-\\d+ Uusi new@example.fi fi");
        assertThat(jdbc.query("SELECT channel, granted, source FROM consent", (row, n) -> row.getString(1) + " " + row.getBoolean(2)
                + " " + row.getString(3))).containsExactly("newsletter true double-opt-in");
        // the proof: the consent's time is the confirmation's, and the client behind the trusted proxy
        Map<String, Object> proof = jdbc.queryForMap("SELECT s.requested_from, s.confirmed_from, s.confirmed_at, k.given_at"
                + " FROM signup s, consent k");
        assertThat(proof.get("requested_from")).isEqualTo(client);
        assertThat(proof.get("confirmed_from")).isEqualTo("198.51.100.7");
        assertThat(proof.get("confirmed_at")).isNotNull().isEqualTo(proof.get("given_at"));
        assertThat(newsletterAllowed()).containsExactly("new@example.fi");

        Map<String, Long> once = rows();
        assertThat(web.perform(post(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Tilaus oli jo vahvistettu");
        assertThat(web.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Tilaus oli jo vahvistettu");
        assertThat(rows()).isEqualTo(once);
    }

    @Test
    void xForwardedForFromAClientThatIsNoTrustedProxyIsNotBelieved() throws Exception {
        signUp("new@example.fi", null, "en");

        web.perform(post(link(onlyEmail())).with(from("198.51.100.50")).header("X-Forwarded-For", "203.0.113.9"))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT confirmed_from FROM signup", String.class)).isEqualTo("198.51.100.50");
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndTheKnownCustomerGetsTheConsent() throws Exception {
        long aino = shop.customer("C1", "Aino", "Mäkelä", "Aino@Example.fi", "Katu 1", "00100", "fi");

        String known = signUp("aino@example.fi", "Aino", "fi");
        String unknown = signUp("nobody@example.fi", "Aino", "fi");

        assertThat(known).isEqualTo(unknown);
        signups.awaitSent();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        MimeMessage toAino = java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> recipient(message).equals("aino@example.fi")).findFirst().orElseThrow();
        web.perform(post(link(toAino))).andExpect(status().isOk());
        assertThat(jdbc.queryForList("SELECT customer_id FROM consent WHERE source = ?", Long.class, ContactRules.DOUBLE_OPT_IN))
                .containsExactly(aino);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE prospect = TRUE", Long.class)).isZero();
    }

    @Test
    void aFilledTrapGetsTheSameAnswerAndNothingIsRecordedOrSent() throws Exception {
        String person = signUp("person@example.fi", "Aino", "fi");
        String bot = web.perform(signUpForm("bot@example.fi", "Aino", "fi").param("website", "http://spam.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(bot).isEqualTo(person);
        signups.awaitSent();
        assertThat(SMTP.getReceivedMessages()).extracting(SignupContractTest::recipient)
                .containsExactly("person@example.fi");
        assertThat(jdbc.queryForList("SELECT email FROM signup", String.class)).containsExactly("person@example.fi");
    }

    @Test
    void anAddressGetsAtMostThreeConfirmationEmailsADayAndTheFourthSubmissionTheSameAnswer() throws Exception {
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            client = "198.51.100." + i; // four clients: the address's limit is met, not a client's
            answers.add(signUp("again@example.fi", null, "en"));
        }

        assertThat(answers).containsOnly(answers.get(0));
        signups.awaitSent();
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup", Long.class)).isEqualTo(3);

        // a day later the address may be sent one again
        jdbc.update("UPDATE signup SET requested_at = requested_at - INTERVAL '1' DAY");
        signUp("again@example.fi", null, "en");
        signups.awaitSent();
        assertThat(SMTP.getReceivedMessages()).hasSize(4);
    }

    @Test
    void oneClientAddressMayNotSubmitMoreThanItsLimitIn10Minutes() throws Exception {
        for (int i = 0; i < 5; i++) {
            signUp("person" + i + "@example.fi", null, "en");
        }

        String refused = web.perform(signUpForm("person5@example.fi", null, "en")).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Please try again later");
        // another client behind the trusted proxy is another client
        web.perform(signUpForm("person6@example.fi", null, "en").with(from(PROXY)).header("X-Forwarded-For", "203.0.113.77"))
                .andExpect(status().isOk());
        signups.awaitSent();
        assertThat(jdbc.queryForList("SELECT email FROM signup", String.class)).doesNotContain("person5@example.fi")
                .contains("person6@example.fi").hasSize(6);
    }

    @Test
    void anExpiredLinkAnswersLikeAnUnknownOneAndTheNextSignUpRemovesIt() throws Exception {
        signUp("late@example.fi", null, "en");
        String link = link(onlyEmail());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup WHERE expires_at = requested_at + INTERVAL '7' DAY", Long.class)).isOne();

        jdbc.update("UPDATE signup SET requested_at = requested_at - INTERVAL '8' DAY, expires_at = expires_at - INTERVAL '8' DAY");

        web.perform(get(link)).andExpect(status().isNotFound());
        web.perform(post(link)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class)).isZero();

        signUp("next@example.fi", null, "en");
        signups.awaitSent();
        assertThat(jdbc.queryForList("SELECT email FROM signup", String.class)).containsExactly("next@example.fi");
    }

    @Test
    void forgedAlteredAndOtherKindsOfLinksAreRefusedAndChangeNothing() throws Exception {
        signUp("new@example.fi", null, "en");
        String genuine = link(onlyEmail());
        String token = genuine.substring(SignupLinks.PATH.length());
        String altered = SignupLinks.PATH + token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        SignupToken same = links.verify(token).orElseThrow();
        LinkSettings elsewhere = new LinkSettings("http://x", "x".repeat(40));
        String forged = URI.create(new SignupLinks(elsewhere, new LinkSecret(elsewhere, home)).url(same)).getPath();
        String otherCode = URI.create(links.url(new SignupToken(same.signupId(), "0123456789abcdef"))).getPath();
        String unsubscribeToken = URI.create(new UnsubscribeLinks(new LinkSettings("http://x", null), new LinkSecret(
                new LinkSettings("http://x", null), home)).url(1, "newsletter", "c", "r")).getPath().substring(UnsubscribeLinks.PATH.length());
        Map<String, Long> before = rows();

        for (String path : List.of(altered, forged, otherCode, SignupLinks.PATH + unsubscribeToken, SignupLinks.PATH + "nonsense")) {
            web.perform(get(path)).andExpect(status().isNotFound());
            String page = web.perform(post(path)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).contains("Linkki ei ole voimassa");
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void mistakesAreNamedByFieldAndNothingIsRecorded() throws Exception {
        String page = web.perform(signUpForm("not-an-address", "Aino\r\nBcc: everyone@example.fi", "de"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Email address: please enter an address such as name@example.com.")
                .contains("First name: at most 200 characters on one line.")
                .contains("Language of the newsletter: please choose one of the list.")
                .contains("value=\"not-an-address\"").contains("aria-invalid=\"true\"");
        signups.awaitSent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup", Long.class)).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aScriptInTheNameIsTextInTheEmailAndOnThePages() throws Exception {
        signUp("new@example.fi", "<script>alert(1)</script>", "en");
        MimeMessage email = onlyEmail();

        String html = (String) ((Multipart) email.getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,").doesNotContain("<script>");
        assertThat(web.perform(get(link(email))).andReturn().getResponse().getContentAsString())
                .contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,").doesNotContain("<script>");
    }

    @Test
    void aDoubleOptInLiftsAnEarlierUnsubscribe() throws Exception {
        long aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "newsletter", true);
        shop.consent(aino, "newsletter", false, "2026-02-01T10:00", "unsubscribe-link");
        shop.suppressCustomer(aino, "UNSUBSCRIBED");
        shop.suppressAddress("aino@example.fi", "UNSUBSCRIBED", "2026-02-01T10:00");
        assertThat(newsletterAllowed()).isEmpty();

        signUp("aino@example.fi", null, "fi");
        web.perform(post(link(onlyEmail()))).andExpect(status().isOk());

        assertThat(newsletterAllowed()).containsExactly("aino@example.fi");
        assertThat(allowed(ContactRules.ConsentChannel.EMAIL)).isEmpty();
    }

    @Test
    void theNewsletterCampaignSelectsTheConfirmedProspect() throws Exception {
        newsletterCampaign();
        shop.customer("C1", "no-consent@example.fi");
        signUp("new@example.fi", "Uusi", "fi");
        assertThat(newsletterTargets()).isZero();

        web.perform(post(link(onlyEmail()))).andExpect(status().isOk());

        assertThat(newsletterTargets()).isOne();
    }

    @Test
    void aProspectIsMergedIntoTheCustomerOfTheSameEmailWhenTheShopImportsThem() throws Exception {
        newsletterCampaign();
        signUp("Uusi@Example.fi", "Uusi", "fi");
        web.perform(post(link(onlyEmail()))).andExpect(status().isOk());
        long prospect = jdbc.queryForObject("SELECT id FROM customer WHERE prospect = TRUE", Long.class);
        shop.suppressCustomer(prospect, "UNSUBSCRIBED"); // older than the consent: lifted by it

        Path file = Files.writeString(home.home().resolve("customers.csv"),
                "customer_id,first_name,last_name,email,language\nS-1,Uusi,Asiakas,uusi@example.fi,sv\nS-2,Muu,Asiakas,muu@example.fi,fi\n");
        importer.importFile(ImportKind.CUSTOMERS, file, null);

        long imported = shop.id("S-1");
        assertThat(jdbc.queryForList("SELECT external_id FROM customer ORDER BY external_id", String.class))
                .containsExactly("S-1", "S-2");
        assertThat(jdbc.queryForList("SELECT customer_id || ' ' || channel || ' ' || source FROM consent", String.class))
                .containsExactly(imported + " newsletter double-opt-in");
        assertThat(jdbc.queryForList("SELECT customer_id FROM consent_newest WHERE granted = TRUE", Long.class)).containsExactly(imported);
        assertThat(newsletterAllowed()).containsExactly("uusi@example.fi");
        assertThat(newsletterTargets()).isOne();
        // the proof stays with the address
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup s JOIN customer c ON c.email_key = s.email_key"
                + " JOIN consent k ON k.customer_id = c.id AND k.given_at = s.confirmed_at WHERE c.id = ?", Long.class, imported)).isOne();
    }

    // --- helpers

    /** Sends the form from this test's client and waits for its email (if any) to be sent; returns the answer page. */
    String signUp(String email, String firstName, String language) throws Exception {
        String answer = web.perform(signUpForm(email, firstName, language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        signups.awaitSent();
        return answer;
    }

    MockHttpServletRequestBuilder signUpForm(String email, String firstName, String language) {
        MockHttpServletRequestBuilder form = post("/signup").with(from(client)).param("email", email).param("language", language)
                .param("website", "");
        return firstName == null ? form : form.param("first_name", firstName);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one email received. */
    static MimeMessage onlyEmail() {
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        return SMTP.getReceivedMessages()[0];
    }

    static String text(MimeMessage email) throws Exception {
        return (String) ((Multipart) email.getContent()).getBodyPart(0).getContent();
    }

    /** The path of the confirmation link in the email's text part. */
    static String link(MimeMessage email) throws Exception {
        Matcher link = LINK.matcher(text(email));
        assertThat(link.find()).as("a confirmation link in the email").isTrue();
        return link.group(1);
    }

    Map<String, Long> rows() {
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : List.of("signup", "customer", "consent", "consent_newest", "suppression")) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        rows.put("confirmed", jdbc.queryForObject("SELECT COUNT(*) FROM signup WHERE confirmed_at IS NOT NULL", Long.class));
        return rows;
    }

    List<String> newsletterAllowed() {
        return allowed(ContactRules.ConsentChannel.NEWSLETTER);
    }

    List<String> allowed(ContactRules.ConsentChannel channel) {
        var rule = ContactRules.allowed(channel);
        return jdbc.queryForList("SELECT c.email_key FROM customer c WHERE " + rule.text() + " ORDER BY c.email_key", String.class,
                rule.params().toArray());
    }

    void newsletterCampaign() throws Exception {
        Files.createDirectories(home.home().resolve("jobs"));
        Files.writeString(home.home().resolve("jobs/newsletter.yml"), """
                name: newsletter
                kind: newsletter
                period: weekly
                segment: { all: [ { field: newsletter_consent, op: "=", value: true } ] }
                selection:
                  frequency-cap: { counts: false, obeys: false }
                holdout: 0
                channels:
                  - { type: email, template: t, consent: newsletter }
                """);
    }

    long newsletterTargets() {
        return selection.dryRun(campaigns.named("newsletter"), "r1", LocalDateTime.now()).targets();
    }
}
