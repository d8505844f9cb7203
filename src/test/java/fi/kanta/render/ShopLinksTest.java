package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Links to the shop carry the campaign's UTM parameters; every shipped email holds in a mail program. */
class ShopLinksTest {

    private static final int GMAIL_CLIPS_AFTER_BYTES = 102 * 1024;

    static Stream<Arguments> emails() {
        return Stream.of("win-back", "weekly-newsletter", "service-recovery", "feedback")
                .flatMap(campaign -> Stream.of(aino(), erik(), emma()).map(recipient -> Arguments.of(campaign, recipient)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emails")
    void everyLinkIsHttpsEveryShopLinkIsTaggedAndEveryImageDescribed(String campaign, Map<String, Object> recipient) {
        RenderedEmail email = CampaignTemplates.open(SHIPPED_TEMPLATES, campaign).email(withFeedbackLinks(recipient));
        Document html = Jsoup.parse(email.html());

        assertThat(email.html().getBytes(StandardCharsets.UTF_8).length).isLessThan(GMAIL_CLIPS_AFTER_BYTES);
        assertThat(html.select("a[href]")).isNotEmpty().allSatisfy(link -> assertThat(link.attr("href")).startsWith("https://"));
        List<String> shopLinks = html.select("a[href^=https://shop.example.com]").stream().map(link -> link.attr("href"))
                .filter(href -> !href.contains("/unsubscribe/") && !href.contains("/feedback/") && !href.contains("/preferences/")).toList();
        assertThat(shopLinks).as("the logo and, in offers and newsletters, the button").isNotEmpty()
                .allSatisfy(href -> assertThat(href).contains("utm_source=kanta", "utm_medium=email", "utm_campaign=" + ((Map<?, ?>) recipient.get("campaign")).get("name"),
                        "utm_content="));
        assertThat(html.select("img")).isNotEmpty().allSatisfy(ShopLinksTest::describedAndSized);
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void offersAndNewslettersHaveAButtonToTheShopInTheHtmlAndTheText() {
        for (String campaign : List.of("win-back", "weekly-newsletter", "service-recovery")) {
            RenderedEmail email = CampaignTemplates.open(SHIPPED_TEMPLATES, campaign).email(aino());
            assertThat(Jsoup.parse(email.html()).select("a[href*=utm_content=button]").text()).as(campaign).isEqualTo("Siirry verkkokauppaan");
            assertThat(email.text()).as(campaign).contains("Siirry verkkokauppaan: https://shop.example.com?utm_source=kanta&utm_medium=email&utm_campaign="
                    + "win-back&utm_content=button");
        }
    }

    @Test
    void withoutAShopAddressThereIsNoButtonAndWithoutALogoTheShopsName() {
        Map<String, Object> model = new HashMap<>(aino());
        model.put("brand", Brand.plain().model(""));
        // picks link to their product pages, shop address or not: this is about the button and the logo
        model.put("picks", List.of());

        RenderedEmail email = CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back").email(model);

        assertThat(Jsoup.parse(email.html()).select("a[href*=utm_]")).isEmpty();
        assertThat(Jsoup.parse(email.html()).select("img")).isEmpty();
        assertThat(email.html()).contains(">Puoti Oy</td>");
        assertThat(email.text()).doesNotContain("utm_", "Siirry verkkokauppaan");
    }

    @Test
    void theParametersGoAfterAQueryAndBeforeAFragment() {
        ShopLink link = new ShopLink("https://shop.fi", "win back");

        assertThat(link.link("button")).isEqualTo("https://shop.fi?utm_source=kanta&utm_medium=email&utm_campaign=win+back&utm_content=button");
        assertThat(link.link("https://shop.fi/p?id=7#top", "pick-1"))
                .isEqualTo("https://shop.fi/p?id=7&utm_source=kanta&utm_medium=email&utm_campaign=win+back&utm_content=pick-1#top");
    }

    @Test
    void aColourThatIsNotAHexColourOrALinkThatIsNotHttpsIsRefused() {
        assertThatThrownBy(() -> new Brand("", 160, 48, "red;background:url(x)", Map.of())).hasMessageContaining("kanta.brand.color");
        assertThatThrownBy(() -> new Brand("http://shop.fi/logo.png", 160, 48, "#000000", Map.of())).hasMessageContaining("kanta.brand.logo");
        assertThatThrownBy(() -> new Brand("", 160, 48, "#000000", Map.of("facebook", "javascript:alert(1)")))
                .hasMessageContaining("kanta.brand.social.facebook");
    }

    private static void describedAndSized(Element image) {
        assertThat(image.attr("alt")).isNotBlank();
        assertThat(image.attr("width")).isNotBlank();
        assertThat(image.attr("height")).isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withFeedbackLinks(Map<String, Object> recipient) {
        Map<String, Object> model = new HashMap<>(recipient);
        Map<String, Object> links = new HashMap<>((Map<String, Object>) recipient.get("links"));
        links.put("feedback", IntStream.rangeClosed(0, 10).mapToObj(score -> "https://shop.example.com/feedback/t" + score).toList());
        model.put("links", links);
        return model;
    }
}
