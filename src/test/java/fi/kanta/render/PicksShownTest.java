package fi.kanta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code #picks.first(n)}: an email shows the first few of the customer's picks (the model holds all of
 * them, ten by default), each with its link ({@code pick.shopLink}), and makes the same email as iterating
 * over all with a {@code th:if} on the index and a {@code #shop.link} call in each row did, less the blank
 * lines the rows left out used to leave.
 */
class PicksShownTest {

    private final CampaignTemplates winBack = CampaignTemplates.open(Recipients.SHIPPED_TEMPLATES, "win-back");

    @Test
    void ofTenPicksBothPartsShowTheFirstThreeInOrder() {
        RenderedEmail email = winBack.email(withPicks(Recipients.aino(), 10));

        for (int pick = 1; pick <= 3; pick++) {
            // picture and name lead to the pick's page, tagged with its place
            assertThat(count(email.html(), "/p/P" + pick + "?utm_source=kanta&amp;utm_medium=email&amp;utm_campaign=win-back&amp;utm_content=pick-"
                    + pick + "\"")).as("pick %d's links", pick).isEqualTo(2);
            assertThat(email.text()).contains("- Product " + pick + ", 1" + pick + ",90\u00a0€: https://shop.example.com/p/P" + pick
                    + "?utm_source=kanta&utm_medium=email&utm_campaign=win-back&utm_content=pick-" + pick);
        }
        assertThat(email.html()).doesNotContain("Product 4").doesNotContain("pick-4");
        assertThat(email.text()).doesNotContain("Product 4").doesNotContain("pick-4");
        assertThat(email.text().indexOf("Product 1")).isLessThan(email.text().indexOf("Product 2"));
        assertThat(email.text().indexOf("Product 2")).isLessThan(email.text().indexOf("Product 3"));
    }

    @Test
    void whenTheShopCountsClicksEveryLinkOfAPickIsItsCountedOne() {
        Map<String, Object> model = withPicks(Recipients.aino(), 3);
        model.put(LinkTracking.VARIABLE, (LinkTracking) (target, name) -> "https://kanta.example/c/" + name + "?to="
                + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));

        RenderedEmail email = winBack.email(model);

        for (int pick = 1; pick <= 3; pick++) {
            String counted = "https://kanta.example/c/pick-" + pick + "?to=https%3A%2F%2Fshop.example.com%2Fp%2FP" + pick + "%3Futm_source";
            assertThat(count(email.html(), counted)).as("pick %d's counted links", pick).isEqualTo(2);
            assertThat(email.text()).contains(counted);
        }
        assertThat(email.html()).doesNotContain("href=\"https://shop.example.com/p/");
        assertThat(email.text()).doesNotContain(": https://shop.example.com/p/");
    }

    @Test
    void fewerPicksThanAnEmailShowsAreAllShownAndNoneShowNoHeading() {
        RenderedEmail two = winBack.email(withPicks(Recipients.erik(), 2));
        assertThat(two.html()).contains("utm_content=pick-2\"").doesNotContain("pick-3");
        assertThat(two.text()).contains("utm_content=pick-2").doesNotContain("pick-3");

        RenderedEmail none = winBack.email(withPicks(Recipients.emma(), 0));
        RenderedEmail withSome = winBack.email(withPicks(Recipients.emma(), 1));
        assertThat(none.html()).doesNotContain("pick-1");
        assertThat(none.text()).doesNotContain("pick-1");
        String heading = "Picked for you";
        assertThat(withSome.text()).contains(heading);
        assertThat(none.text()).doesNotContain(heading);
        assertThat(none.html()).doesNotContain(heading);
    }

    @Test
    void aPickWithoutAPictureOrAPriceShowsItsNameAndLinkAlone() {
        Map<String, Object> model = withPicks(Recipients.aino(), 2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> picks = (List<Map<String, Object>>) model.get("picks");
        picks.get(0).put("image", null);
        picks.get(0).put("price", null);
        picks.get(0).put("priceText", null);

        RenderedEmail email = winBack.email(model);

        // the first row: its name alone; the second as always
        assertThat(count(email.html(), "<img ")).isEqualTo(count(winBack.email(withPicks(Recipients.aino(), 0)).html(), "<img ") + 1);
        assertThat(email.html()).doesNotContain("P1.jpg").contains("P2.jpg").doesNotContain("11,90").contains("12,90");
        assertThat(count(email.html(), "utm_content=pick-1\"")).isEqualTo(1);
        assertThat(email.text()).contains("- Product 1: https://shop.example.com/p/P1?")
                .contains("- Product 2, 12,90\u00a0€: https://shop.example.com/p/P2?");
    }

    @Test
    void theSameEmailAsIteratingOverAllPicksWithAnIndexCheckAndALinkMadeInEachRow(@TempDir Path folder) throws IOException {
        // the templates as they were: every pick iterated, those after the first few left out by a th:if, each
        // row calling #shop.link for its link, and writing the name's style itself
        TemplateFolder before = TemplateFolder.copyOfShipped(folder);
        before.replace("layout/picks.html", "th:each=\"pick : ${#picks.first(count)}\"",
                "th:each=\"pick, i : ${picks}\" th:if=\"${i.index < count}\" th:with=\"link=${#shop.link(pick.link, 'pick-' + i.count)}\"");
        for (int anchor = 0; anchor < 2; anchor++) {
            before.replace("layout/picks.html", "${pick.shopLink}", "${link}");
        }
        before.replace("layout/picks.html", "th:style=\"${nameStyle}\"", "th:style=\"|color:${brand.color};font-weight:bold;text-decoration:underline;|\"");
        before.replace("win-back/email.txt", "th:each=\"pick : ${#picks.first(3)}\"",
                "th:each=\"pick, i : ${picks}\" th:if=\"${i.index < 3}\"");
        before.replace("win-back/email.txt", "${pick.shopLink}", "${#shop.link(pick.link, 'pick-' + i.count)}");
        CampaignTemplates old = CampaignTemplates.open(before.root(), "win-back");

        for (Map<String, Object> customer : List.of(Recipients.aino(), Recipients.erik(), Recipients.emma())) {
            for (int picks : new int[] {0, 2, 3, 10}) {
                Map<String, Object> model = withPicks(customer, picks);
                RenderedEmail now = winBack.email(model);
                RenderedEmail then = old.email(model);
                assertThat(now.subject()).isEqualTo(then.subject());
                assertThat(now.text()).as("text, %d picks", picks).isEqualTo(then.text());
                if (picks <= 3) {
                    assertThat(now.html()).as("HTML, %d picks", picks).isEqualTo(then.html());
                } else {
                    assertThat(now.html()).as("HTML, %d picks", picks).isNotEqualTo(then.html());
                    assertThat(withoutBlankLines(now.html())).as("HTML but blank lines, %d picks", picks)
                            .isEqualTo(withoutBlankLines(then.html()));
                }
            }
        }
    }

    /** A copy of the model with {@code count} picks, "Product 1" first. */
    private static Map<String, Object> withPicks(Map<String, Object> model, int count) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(model);
        List<Map<String, Object>> picks = new ArrayList<>();
        String language = (String) ((Map<?, ?>) model.get("customer")).get("language");
        for (int i = 1; i <= count; i++) {
            Map<String, Object> pick = Recipients.pick("Product " + i, "1" + i + ".90", language, "https://shop.example.com/p/P" + i);
            pick.put("image", "https://shop.example.com/i/P" + i + ".jpg");
            picks.add(pick);
        }
        copy.put("picks", picks);
        return copy;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String withoutBlankLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }
}
