package fi.kanta.web;

import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.links.UnsubscribeToken;
import fi.kanta.web.PageCustomers.Customer;
import fi.kanta.web.Unsubscriptions.Withdrawal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an unsubscribe link opens. GET only asks (mail scanners follow links, so it records
 * nothing); POST records at once: {@code scope=channel} withdraws the channel the message came in,
 * {@code scope=all} every channel plus a suppression. RFC 8058's one-click POST (body
 * {@code List-Unsubscribe=One-Click}) is the channel withdrawal. A token that is not genuine gets a
 * 404 page and changes nothing.
 */
@Controller
@RequestMapping(UnsubscribeLinks.PATH + "{token}")
class UnsubscribePage {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribePage.class);
    private static final List<ConsentChannel> ALL = List.of(ConsentChannel.EMAIL, ConsentChannel.NEWSLETTER, ConsentChannel.LETTER);

    private final UnsubscribeLinks links;
    private final PageCustomers customers;
    private final Unsubscriptions unsubscriptions;

    UnsubscribePage(UnsubscribeLinks links, PageCustomers customers, Unsubscriptions unsubscriptions) {
        this.links = links;
        this.customers = customers;
        this.unsubscriptions = unsubscriptions;
    }

    @GetMapping
    String confirm(@PathVariable String token, Model model, HttpServletRequest request) {
        recipient(token, model, request);
        return "web/unsubscribe";
    }

    @PostMapping
    String unsubscribe(@PathVariable String token, @RequestParam(required = false) String scope,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        boolean everything = "all".equals(scope);
        if (scope != null && !everything && !"channel".equals(scope)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return NotGenuineLinks.PAGE;
        }
        UnsubscribeToken link = recipient(token, model, request).link();
        Withdrawal withdrawal = unsubscriptions.withdraw(link.customerId(), everything ? ALL : List.of(link.channel()), everything);
        log.info("unsubscribe link of {}/{} for customer {}: {} ({}{})", link.campaign(), link.runKey(), link.customerId(),
                everything ? "all channels" : link.channel().id(), oneClick != null ? "one-click, " : "",
                withdrawal.changedNothing() ? "already done" : "recorded " + withdrawal);
        model.addAttribute("everything", everything);
        model.addAttribute("alreadyDone", withdrawal.changedNothing());
        return "web/unsubscribed";
    }

    /** The link's customer, with the page set up to greet them in their language; refused unless genuine. */
    private Recipient recipient(String token, Model model, HttpServletRequest request) {
        UnsubscribeToken link = links.verify(token).orElseThrow(NotGenuineLinks.Refused::new);
        NotGenuineLinks.refuseTest(link.runKey());
        Recipient found = customers.find(link.customerId()).map(customer -> new Recipient(link, customer))
                .orElseThrow(NotGenuineLinks.Refused::new);
        CustomerLanguage.speak(request, found.customer().language());
        model.addAttribute("firstName", found.customer().firstName());
        model.addAttribute("channel", found.link().channel().id());
        return found;
    }

    private record Recipient(UnsubscribeToken link, Customer customer) {
    }
}
