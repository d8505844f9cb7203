package fi.kanta.web;

import fi.kanta.links.TestLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every personal-link page answers for a token that is forged or altered, or whose customer
 * has been erased: a "link not valid" page (404) in all three languages, since we cannot tell
 * whose language it would be. Thrown before anything is recorded, so such a link changes nothing.
 */
@ControllerAdvice(assignableTypes = {UnsubscribePage.class, FeedbackPage.class, SubscribePage.class, PreferencesPage.class,
        ShortAddressPage.class, ClickRedirect.class})
class NotGenuineLinks {

    static final String PAGE = "web/link-invalid";

    static final String TEST_PAGE = "web/link-test";

    private final ShopHeading heading;

    NotGenuineLinks(ShopHeading heading) {
        this.heading = heading;
    }

    /** A link of a test message ({@link TestLinks}): "this was a test message", and nothing recorded. */
    static void refuseTest(String runKey) {
        if (TestLinks.isTest(runKey)) {
            throw new TestMessage();
        }
    }

    @ExceptionHandler(TestMessage.class)
    @ResponseStatus(HttpStatus.OK)
    String testPage(Model model, HttpServletRequest request) {
        heading.addTo(model, request);
        return TEST_PAGE;
    }

    @ExceptionHandler(Refused.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String page(Model model, HttpServletRequest request) {
        heading.addTo(model, request);
        return PAGE;
    }

    /** The link is a test message's: thrown before anything is recorded. */
    static final class TestMessage extends RuntimeException {
        TestMessage() {
            super("a test message's link", null, false, false);
        }
    }

    /** The link is not one to act on; carries no stack trace, as it is an answer, not a failure. */
    static final class Refused extends RuntimeException {
        Refused() {
            super("link not genuine", null, false, false);
        }
    }
}
