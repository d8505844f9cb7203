package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kanta.KantaHome;
import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.outbox.MessageModels;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.FeedbackQuestion;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.links.UnsubscribeLinksTest;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.RenderedEmail;
import fi.kanta.segment.CustomerQuery;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentSql;
import fi.kanta.segment.Segments;
import fi.kanta.sql.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The feedback answer pages through the real security filter chain, on whichever database a
 * subclass starts: opening a link (GET) records nothing, sending the page (POST) records, a later
 * answer replaces the earlier one, a token that is not genuine records nothing, and segments see
 * the answers.
 */
@AutoConfigureMockMvc
abstract class FeedbackPageContractTest extends TemporaryHome {

    static final String RUN_KEY = "2026-11-23";
    private static final String PUBLIC_URL = "https://kanta-demo.example";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/feedback/([A-Za-z0-9_-]+)\\?score=(\\d+)");

    @Autowired
    MockMvc web;

    @Autowired
    KantaHome home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FeedbackLinks links;

    TestShop shop;
    long aino;

    @BeforeEach
    void oneBuyer() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino <script>alert(1)</script>", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);
    }

    @Test
    void openingALinkShowsTheQuestionWithItsScoreChosenInTheCustomersLanguageAndRecordsNothing() throws Exception {
        String page = web.perform(get(path(aino, 7)))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fi\"").contains("Kuinka todennäköisesti suosittelisit meitä ystävällesi?")
                .contains("Aino &lt;script&gt;").doesNotContain("<script>").doesNotContain("_csrf");
        assertThat(checkedScores(page)).containsExactly("7");
        assertThat(page).as("the form posts to the bare token, not the link's ?score=")
                .contains("action=\"" + token(aino) + "\"");
        for (int score = 0; score <= 10; score++) {
            web.perform(get(path(aino, score))).andExpect(status().isOk());
        }
        assertThat(answers()).isEmpty();
    }

    @Test
    void swedishAndOtherCustomersGetTheirLanguage() throws Exception {
        long sven = shop.customer("C2", "Sven", "S", "sven@example.se", "Gatan 1", "00100", "sv");
        long olga = shop.customer("C3", "Olga", "O", "olga@example.ru", "Ulitsa 1", "00100", "ru");

        assertThat(body(web.perform(get(path(sven, 3))))).contains("Hur troligt är det att du skulle rekommendera oss");
        assertThat(body(web.perform(get(path(olga, 3))))).contains("How likely are you to recommend us to a friend?");
    }

    @Test
    void theLanguageTheCustomerChoseBeatsTheImportedOne() throws Exception {
        new fi.kanta.TestChoices(jdbc).language(aino, "sv");

        assertThat(body(web.perform(get(path(aino, 3))))).contains("<html lang=\"sv\"")
                .contains("Hur troligt är det att du skulle rekommendera oss");
    }

    @Test
    void sendingThePageRecordsTheScoreAndCommentAsWritten() throws Exception {
        String thanks = body(web.perform(post(form(aino)).param("score", "9").param("comment", "  <b>Hyvä</b> palvelu 😀 \n"))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie")));

        assertThat(thanks).contains("Kiitos!").contains("Tallensimme vastauksesi: 9.");
        assertThat(answers()).containsExactly("C1 feedback " + RUN_KEY + " 9 <b>Hyvä</b> palvelu 😀");
    }

    @Test
    void theScoreRecordedIsTheOneSentNotTheOneTheLinkChose() throws Exception {
        // posted to the link's own address, the query's score=10 comes first and the form's 6 last
        web.perform(post(path(aino, 10)).param("score", "6")).andExpect(status().isOk());

        assertThat(answers()).containsExactly("C1 feedback " + RUN_KEY + " 6 null");
    }

    @Test
    void aLaterAnswerReplacesTheEarlierOne() throws Exception {
        web.perform(post(form(aino)).param("score", "3").param("comment", "slow delivery")).andExpect(status().isOk());
        web.perform(post(form(aino)).param("score", "10").param("comment", "")).andExpect(status().isOk());

        assertThat(answers()).containsExactly("C1 feedback " + RUN_KEY + " 10 null");
    }

    @Test
    void eachQuestionKeepsItsOwnAnswer() throws Exception {
        web.perform(post(form(aino)).param("score", "3")).andExpect(status().isOk());
        String nextQuestion = links.urls(aino, "feedback", "2027-03-01").get(8).substring(PUBLIC_URL.length());
        web.perform(post(nextQuestion.replaceFirst("\\?.*", "")).param("score", "8")).andExpect(status().isOk());

        assertThat(answers()).containsExactly("C1 feedback " + RUN_KEY + " 3 null", "C1 feedback 2027-03-01 8 null");
    }

    @Test
    void aForgedAlteredOrUnsubscribeTokenIsA404AndRecordsNothing() throws Exception {
        String genuine = token(aino);
        String altered = genuine.substring(0, 5) + (genuine.charAt(5) == 'A' ? 'B' : 'A') + genuine.substring(6);
        LinkSettings elsewhere = new LinkSettings(PUBLIC_URL, "x".repeat(40));
        String forged = tokenOf(new FeedbackLinks(elsewhere, new LinkSecret(elsewhere, home)).urls(aino, "feedback", RUN_KEY).get(0));
        String unsubscribe = UnsubscribeLinksTest.token(new UnsubscribeLinks(new LinkSettings(PUBLIC_URL, null),
                new LinkSecret(new LinkSettings(PUBLIC_URL, null), home)).url(aino, "email", "feedback", RUN_KEY));

        for (String token : List.of(altered, forged, unsubscribe, "nonsense")) {
            assertThat(body(web.perform(get(FeedbackLinks.PATH + token + "?score=9")).andExpect(status().isNotFound())))
                    .as(token).contains("Linkki ei ole voimassa");
            web.perform(post(FeedbackLinks.PATH + token).param("score", "9")).andExpect(status().isNotFound());
        }
        assertThat(answers()).isEmpty();
    }

    @Test
    void aMissingOrImpossibleScoreAsksAgainKeepingTheCommentAndRecordsNothing() throws Exception {
        for (String score : new String[] {"11", "-1", "seven", "", "99999999999"}) {
            String page = body(web.perform(post(form(aino)).param("score", score).param("comment", "<i>ok</i>"))
                    .andExpect(status().isBadRequest()));
            assertThat(page).as(score).contains("Valitse numero väliltä 0–10.").contains("&lt;i&gt;ok&lt;/i&gt;");
            assertThat(checkedScores(page)).isEmpty();
        }
        web.perform(post(form(aino))).andExpect(status().isBadRequest());
        assertThat(answers()).isEmpty();
    }

    @Test
    void aCommentLongerThanTheColumnIsCutThere() throws Exception {
        web.perform(post(form(aino)).param("score", "5").param("comment", "ä".repeat(1999) + "😀" + "x".repeat(500)))
                .andExpect(status().isOk());

        String kept = jdbc.queryForObject("SELECT comment FROM feedback", String.class);
        assertThat(kept).as("the emoji would straddle the cut: left out whole").isEqualTo("ä".repeat(1999));
    }

    @Test
    void theFeedbackEmailCarriesElevenSignedLinksThatEachOpenThePageWithTheirScore(@Autowired Campaigns campaigns,
            @Autowired MessageModels models) throws Exception {
        Campaign feedback = shippedFeedbackCampaign(campaigns);
        Map<String, Object> model = models.preview(feedback, RUN_KEY, aino, LocalDate.of(2026, 11, 23)).model();
        RenderedEmail email = CampaignTemplates.open(Path.of("templates"), "feedback").email(model);

        Set<String> inHtml = feedbackLinks(email.html().replace("&amp;", "&"));
        assertThat(inHtml).hasSize(11).isEqualTo(feedbackLinks(email.text()));
        int score = 0;
        for (String url : inHtml) {
            Matcher link = LINK.matcher(url);
            assertThat(link.matches()).isTrue();
            assertThat(link.group(2)).isEqualTo(Integer.toString(score++));
            assertThat(links.verify(link.group(1))).contains(new FeedbackQuestion(aino, "feedback", RUN_KEY));
            assertThat(checkedScores(body(web.perform(get(url.substring(PUBLIC_URL.length()))).andExpect(status().isOk()))))
                    .containsExactly(link.group(2));
        }
        assertThat(email.subject()).isEqualTo("Miten onnistuimme?");
        assertThat(answers()).isEmpty();
    }

    @Test
    void aSegmentOnTheNpsClassPicksTheCustomersByTheirAnswersThroughThePage(@Autowired Segments segments) throws Exception {
        long bertta = shop.customer("C2", "b@example.fi");
        long cecilia = shop.customer("C3", "c@example.fi");
        shop.customer("C4", "d@example.fi"); // never answers
        Files.createDirectories(home.home().resolve("jobs"));
        Files.writeString(home.home().resolve("jobs").resolve(Segments.FILE), """
                detractors:
                  all: [ { field: nps_class, op: "=", value: detractor } ]
                promoters:
                  all: [ { field: nps_class, op: "=", value: promoter } ]
                passives:
                  all: [ { field: nps_class, op: "=", value: passive } ]
                """);

        web.perform(post(form(aino)).param("score", "10")).andExpect(status().isOk());
        web.perform(post(form(bertta)).param("score", "7")).andExpect(status().isOk());
        web.perform(post(form(cecilia)).param("score", "9")).andExpect(status().isOk());
        web.perform(post(form(cecilia)).param("score", "6")).andExpect(status().isOk()); // changed her mind

        assertThat(members(segments.named("promoters"))).containsExactly("C1");
        assertThat(members(segments.named("passives"))).containsExactly("C2");
        assertThat(members(segments.named("detractors"))).containsExactly("C3");
    }

    /** The campaign as shipped in jobs/feedback.yml, read into the test's home. */
    private Campaign shippedFeedbackCampaign(Campaigns campaigns) throws Exception {
        Path jobs = Files.createDirectories(home.home().resolve("jobs"));
        Files.copy(Path.of("jobs", "feedback.yml"), jobs.resolve("feedback.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return campaigns.named("feedback");
    }

    private String path(long customer, int score) {
        return links.urls(customer, "feedback", RUN_KEY).get(score).substring(PUBLIC_URL.length());
    }

    /** Where the page's form posts: the bare token, without the link's ?score=. */
    private String form(long customer) {
        return FeedbackLinks.PATH + token(customer);
    }

    private String token(long customer) {
        return tokenOf(links.urls(customer, "feedback", RUN_KEY).get(0));
    }

    private static String tokenOf(String url) {
        Matcher link = LINK.matcher(url);
        assertThat(link.matches()).as(url).isTrue();
        return link.group(1);
    }

    private static Set<String> feedbackLinks(String text) {
        Set<String> found = new LinkedHashSet<>();
        LINK.matcher(text).results().forEach(link -> found.add(link.group()));
        return found;
    }

    private static List<String> checkedScores(String page) {
        return Pattern.compile("value=\"(\\d+)\"[^>]*checked=\"checked\"").matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private List<String> answers() {
        return jdbc.query("SELECT c.external_id, f.campaign, f.run_key, f.score, f.comment FROM feedback f"
                + " JOIN customer c ON c.id = f.customer_id ORDER BY f.run_key", (row, n) -> row.getString(1) + " "
                + row.getString(2) + " " + row.getString(3) + " " + row.getInt(4) + " " + row.getString(5));
    }

    private List<String> members(Segment segment) {
        Sql query = Sql.of("SELECT c.external_id").plus(CustomerQuery.from(SegmentSql.sources(segment.filter()), Optional.empty()))
                .plus(" WHERE ").plus(SegmentSql.where(segment.filter(), LocalDate.of(2026, 11, 23))).plus(" ORDER BY c.external_id");
        return jdbc.queryForList(query.text(), String.class, query.args());
    }
}
