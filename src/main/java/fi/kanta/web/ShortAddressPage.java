package fi.kanta.web;

import fi.kanta.links.PreferenceLink;
import fi.kanta.links.PreferenceLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A letter's short address, {@code /p/<code>}, typed or scanned from its QR code: a code still valid
 * opens the customer's preferences page (a redirect to its signed address, valid as long as the
 * code, marked as opened from a letter so that "no more letters" is the first button), anything else the "link not valid" page, whether the code never existed, expired or names
 * a customer no longer there. Each client address has {@link ClientTries#TRIES} tries in
 * {@link ClientTries#WINDOW}; after that it is told to wait (429) without a look at the code.
 */
@Controller
class ShortAddressPage {

    static final String TOO_MANY = "web/too-many-tries";

    private final PreferenceLinks links;
    private final PageCustomers customers;
    private final ClientTries tries;

    ShortAddressPage(PreferenceLinks links, PageCustomers customers, ClientTries tries) {
        this.links = links;
        this.customers = customers;
        this.tries = tries;
    }

    @GetMapping(PreferenceLinks.SHORT_PATH + "{code}")
    String open(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        if (!tries.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(ClientTries.WINDOW.toSeconds()));
            return TOO_MANY;
        }
        PreferenceLink link = links.openShortCode(code).orElseThrow(NotGenuineLinks.Refused::new);
        customers.find(link.customerId()).orElseThrow(NotGenuineLinks.Refused::new);
        // relative, so that it holds under a proxy's path prefix like the pages' style sheet
        // the page puts "no more letters" first for someone who came from a letter
        return "redirect:../" + PreferenceLinks.PATH.substring(1) + links.token(link) + "?" + PreferencesPage.FROM + "="
                + PreferencesPage.FROM_LETTER;
    }
}
