package fi.kanta.web;

import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.web.Unsubscriptions.Customer;
import fi.kanta.web.Unsubscriptions.Withdrawal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
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
    private final Unsubscriptions unsubscriptions;

    UnsubscribePage(UnsubscribeLinks links, Unsubscriptions unsubscriptions) {
        this.links = links;
        this.unsubscriptions = unsubscriptions;
    }

    @GetMapping
    String confirm(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(token, model, request, response, "web/unsubscribe", (link, customer) -> {
        });
    }

    @PostMapping
    String unsubscribe(@PathVariable String token, @RequestParam(required = false) String scope,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        boolean everything = "all".equals(scope);
        if (scope != null && !everything && !"channel".equals(scope)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "web/unsubscribe-invalid";
        }
        return page(token, model, request, response, "web/unsubscribed", (link, customer) -> {
            Withdrawal withdrawal = unsubscriptions.withdraw(customer.id(), everything ? ALL : List.of(link.channel()), everything);
            log.info("unsubscribe link of {}/{} for customer {}: {} ({}{})", link.campaign(), link.runKey(), customer.id(),
                    everything ? "all channels" : link.channel().id(), oneClick != null ? "one-click, " : "",
                    withdrawal.changedNothing() ? "already done" : "recorded " + withdrawal);
            model.addAttribute("everything", everything);
            model.addAttribute("alreadyDone", withdrawal.changedNothing());
        });
    }

    private String page(String token, Model model, HttpServletRequest request, HttpServletResponse response, String view,
            Step step) {
        Optional<UnsubscribeToken> link = links.verify(token);
        Optional<Customer> customer = link.flatMap(genuine -> unsubscriptions.customer(genuine.customerId()));
        if (customer.isEmpty()) {
            // forged, altered, or the customer has been erased: nothing to show or to change
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "web/unsubscribe-invalid";
        }
        CustomerLanguage.speak(request, customer.get().language());
        model.addAttribute("firstName", customer.get().firstName());
        model.addAttribute("channel", link.get().channel().id());
        step.on(link.get(), customer.get());
        return view;
    }

    /** What a page does with a genuine link to an existing customer before it is shown. */
    @FunctionalInterface
    private interface Step {
        void on(UnsubscribeToken link, Customer customer);
    }
}
