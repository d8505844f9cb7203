package fi.kanta.web;

import static fi.kanta.web.FeedbackPageContractTest.RUN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.LinkSettings;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feedback page in a real browser: a score link opens the question with that score chosen and
 * records nothing, the score and comment the customer changes to are what is recorded (letters
 * beyond ASCII and an emoji included), a later answer replaces the earlier one, and a link that is
 * not genuine shows the not-valid page; sending works with JavaScript blocked too.
 */
class FeedbackPageInBrowserTest extends BrowserPages {

    private static final String COMMENT = "Nopea toimitus, hyvä <b>palvelu</b> ja söpö paketti 😀";

    @Autowired
    FeedbackLinks links;

    @Test
    void theScoreLinkOpensTheQuestionWithItsScoreChosenAndRecordsNothing() {
        open(link(8));

        showsTheScriptNameAsText();
        assertThat(language()).isEqualTo("fi");
        assertThat(shown()).contains("Kuinka todennäköisesti suosittelisit meitä ystävällesi?")
                .contains("Mitään ei tallenneta ennen kuin painat Lähetä.");
        assertThat(browser.findElements(By.name("score"))).hasSize(11);
        assertThat(chosen()).containsExactly("8");
        assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).isEmpty();
        assertThat(answers()).isEmpty();
    }

    @Test
    void theScoreAndCommentTheCustomerSendsAreRecordedAsWritten() {
        answer(8, 3, COMMENT);

        assertThat(shown()).contains("Tallensimme vastauksesi: 3.");
        assertThat(answers()).containsExactly("3 " + COMMENT);
    }

    @Test
    void aLaterAnswerReplacesTheEarlierOne() {
        answer(8, 3, COMMENT);

        open(link(10));
        assertThat(chosen()).containsExactly("10");
        send();

        assertThat(shown()).contains("Tallensimme vastauksesi: 10.");
        assertThat(answers()).containsExactly("10 null");
    }

    @Test
    void aForgedOrAlteredLinkShowsTheNotValidPageAndRecordsNothing() {
        String forged = new FeedbackLinks(new LinkSettings("https://kanta-demo.example", null), anotherSecret())
                .urls(aino, "feedback", RUN_KEY).get(9);

        for (String link : List.of(altered(link(9)), forged)) {
            open(link);
            showsLinkNotValid();
        }
        assertThat(answers()).isEmpty();
    }

    @Test
    void everyPageFitsTheContentSecurityPolicyAndKeepsItsLook() {
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // what earlier tests left in the console
        open(link(8));
        fitsTheContentSecurityPolicy("feedback");
        answer(8, 3, COMMENT);
        fitsTheContentSecurityPolicy("feedback-thanks");
    }

    /** The page has no script of its own: a browser that runs none answers the same. */
    @Nested
    class WithoutJavaScript extends ScriptsBlocked {

        @Test
        void theChosenScoreAndCommentAreStillRecorded() {
            answer(8, 3, COMMENT);

            assertThat(answers()).containsExactly("3 " + COMMENT);
        }
    }

    private String link(int score) {
        return links.urls(aino, "feedback", RUN_KEY).get(score);
    }

    /** Opens the link of one score, chooses another, writes the comment and sends the page. */
    private void answer(int linked, int score, String comment) {
        open(link(linked));
        browser.findElement(By.cssSelector("input[name=score][value='" + score + "']")).click();
        browser.findElement(By.id("comment")).sendKeys(comment);
        send();
    }

    private void send() {
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForHeading("Kiitos!");
    }

    /** The values of the score choices the page shows as chosen. */
    private static List<String> chosen() {
        return browser.findElements(By.name("score")).stream().filter(WebElement::isSelected)
                .map(choice -> choice.getDomAttribute("value")).toList();
    }

    /** Aino's recorded answers as "score comment". */
    private List<String> answers() {
        return jdbc.query("SELECT score, comment FROM feedback WHERE customer_id = ?", (row, n) -> row.getInt(1) + " "
                + row.getString(2), aino);
    }
}
