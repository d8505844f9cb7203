package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.PreferenceLinks;
import fi.kanta.links.TestLinks;
import fi.kanta.links.UnsubscribeLinks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The shop's look on the public pages, through the real filter chain: {@code /web/brand.css} is the
 * configured colour with the pages' headers; every page, at every kind of address it is shown at,
 * links kanta.css and brand.css so that both are found (under a proxy's path prefix too); and the
 * shop's name, a hostile one here, is text at the top of the page, never markup.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = {UnsubscribePageContractTest.SERVLET, "kanta.brand.color=#0a5c36",
        "kanta.sender.name=" + PublicPagesLookTest.HOSTILE_NAME})
class PublicPagesLookTest extends TemporaryHome {

    static final String HOSTILE_NAME = "<script>alert(1)</script> & Co";
    private static final String ESCAPED_NAME = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co";
    /** Where a proxy might put the public pages: the style sheets must be found below it too. */
    private static final String PREFIX = "/kanta-pages";

    @Autowired
    MockMvc web;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnsubscribeLinks unsubscribeLinks;

    @Autowired
    FeedbackLinks feedbackLinks;

    @Autowired
    PreferenceLinks preferenceLinks;

    @Autowired
    ClientTries tries;

    long aino;

    @BeforeEach
    void aino() {
        TestDatabase.clean(jdbc);
        tries.clear();
        TestShop shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.consent(aino, "email", true);
        shop.consent(aino, "newsletter", true);
    }

    @Test
    void theBrandStyleSheetIsTheShopsColourWithThePagesHeaders() throws Exception {
        MockHttpServletResponse sheet = web.perform(get(BrandStyle.PATH)).andReturn().getResponse();

        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getContentType()).startsWith("text/css");
        assertThat(sheet.getContentAsString()).isEqualTo(":root { --shop-colour: #0a5c36; }\n");
        PublicHeaders.HEADERS.forEach((name, value) -> assertThat(sheet.getHeaders(name)).as(name).containsExactly(value));
        assertThat(sheet.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void everyPageAtEveryKindOfAddressLinksBothStyleSheetsAndTheyAreFound() throws Exception {
        String unsubscribe = path(unsubscribeLinks.url(aino, "newsletter", "win-back", "2026-W48"));
        String feedback = path(feedbackLinks.urls(aino, "win-back", "2026-W48").get(9));
        String preferences = path(preferenceLinks.emailUrl(aino, false));
        String test = path(unsubscribeLinks.url(aino, "newsletter", "win-back", TestLinks.RUN_KEY));
        List<Shown> pages = new ArrayList<>(List.of(
                new Shown(get("/signup"), "/signup"),
                new Shown(post("/signup").param("email", "not an address"), "/signup"),
                new Shown(get(unsubscribe), unsubscribe),
                new Shown(post(unsubscribe).param("scope", "channel"), unsubscribe),
                new Shown(get(feedback), feedback),
                new Shown(post(withoutQuery(feedback)).param("score", "9"), withoutQuery(feedback)),
                new Shown(get(preferences), preferences),
                new Shown(get(test), test),
                new Shown(get("/unsubscribe/not-a-token"), "/unsubscribe/not-a-token"),
                new Shown(get("/subscribe/not-a-token"), "/subscribe/not-a-token"),
                new Shown(get("/c/not-a-token"), "/c/not-a-token"),
                new Shown(get("/p/0000000000"), "/p/0000000000")));
        for (int i = 0; i < ClientTries.TRIES; i++) {
            pages.add(new Shown(get("/p/0000000000"), "/p/0000000000")); // the last of them: too many tries
        }

        List<String> titles = new ArrayList<>();
        for (Shown page : pages) {
            MockHttpServletResponse answer = web.perform(page.request()).andReturn().getResponse();
            String html = answer.getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer.getContentType()).as(page.path()).startsWith("text/html");
            Document shown = Jsoup.parse(html);
            titles.add(shown.title());
            // the shop's name first on the page, as text: escaped in the HTML, no element made of it
            Element top = shown.body().child(0);
            assertThat(top.is("header.shop")).as(page.path()).isTrue();
            assertThat(top.text()).as(page.path()).isEqualTo(HOSTILE_NAME);
            assertThat(top.select("script")).as(page.path()).isEmpty();
            assertThat(html).as(page.path()).contains("<p>" + ESCAPED_NAME + "</p>").doesNotContain("<script");
            List<String> sheets = shown.select("link[rel=stylesheet]").eachAttr("href");
            assertThat(sheets).as(page.path()).hasSize(2);
            assertThat(sheets.get(0)).endsWith("web/kanta.css");
            assertThat(sheets.get(1)).endsWith("web/brand.css");
            for (String sheet : sheets) {
                String found = asBrowsersResolve(PREFIX + page.path(), sheet);
                assertThat(found).as(page.path() + " " + sheet).startsWith(PREFIX + "/web/");
                MockHttpServletResponse style = web.perform(get(found.substring(PREFIX.length()))).andReturn().getResponse();
                assertThat(style.getStatus()).as(found).isEqualTo(200);
                assertThat(style.getContentType()).as(found).startsWith("text/css");
            }
        }
        // each kind of page was among them
        assertThat(String.join("\n", titles)).contains("Subscribe to our newsletter").contains("Tilaus peruttu").contains("Kiitos")
                .contains("Linkki ei ole voimassa").contains("Testiviesti").contains("Liian monta yritystä");
    }

    @Test
    void aShopWithoutALogoHasNoneOnItsPagesAndNoneToGive() throws Exception {
        Document page = Jsoup.parse(web.perform(get("/signup")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("header.shop img")).isEmpty();
        MockHttpServletResponse logo = web.perform(get(ShopLogo.PATH)).andReturn().getResponse();
        assertThat(logo.getStatus()).isEqualTo(404);
        PublicHeaders.HEADERS.forEach((name, value) -> assertThat(logo.getHeaders(name)).as(name).containsExactly(value));
    }

    @Test
    void everyPublicPagesTemplateHasTheSharedHeadAndTheShopAtTheTop() throws Exception {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/web/*.html");
        assertThat(templates).hasSizeGreaterThan(10);
        for (Resource template : templates) {
            if (!"layout.html".equals(template.getFilename())) {
                String text = template.getContentAsString(StandardCharsets.UTF_8);
                assertThat(text).as(template.getFilename()).contains("<head th:replace=\"~{web/layout :: head(")
                        .containsPattern("<body>\\s*<header th:replace=\"~\\{web/layout :: shop}\"></header>");
            }
        }
    }

    private record Shown(MockHttpServletRequestBuilder request, String path) {
    }

    /** A style sheet's address as a browser takes it from the page's (RFC 3986: ".." above the root is dropped). */
    private static String asBrowsersResolve(String page, String href) {
        String resolved = URI.create("https://kanta.shop.example" + page).resolve(href).getRawPath();
        return resolved.replaceFirst("^(/\\.\\.)+", "");
    }

    private static String path(String link) {
        URI sent = URI.create(link);
        return sent.getRawPath() + (sent.getRawQuery() == null ? "" : "?" + sent.getRawQuery());
    }

    private static String withoutQuery(String path) {
        return path.replaceAll("\\?.*", "");
    }
}
