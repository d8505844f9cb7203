package fi.kanta.console.customers;

import fi.kanta.console.Audit;
import fi.kanta.console.SignedInUser;
import fi.kanta.customer.Suppressions;
import fi.kanta.shop.ShopSettings;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/customers}: the search (any signed-in user); {@code /console/customers/{id}}: one
 * customer's time line, each view audited as {@code customer-view customer:<id>}; and
 * {@code POST /console/customers/{id}/suppress} (marketers): the customer is contacted no more on any
 * channel, audited as {@code customer-suppress}. Exporting a customer's data and erasing them are
 * not here yet.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CustomersPage {

    private final CustomerSearch search;
    private final CustomerTimeline timeline;
    private final Suppressions suppressions;
    private final Audit audit;
    private final ShopSettings shop;
    private final Clock clock;

    CustomersPage(CustomerSearch search, CustomerTimeline timeline, Suppressions suppressions, Audit audit, ShopSettings shop,
                  ObjectProvider<Clock> clock) {
        this.search = search;
        this.timeline = timeline;
        this.suppressions = suppressions;
        this.audit = audit;
        this.shop = shop;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @GetMapping("/console/customers")
    String search(@RequestParam(name = "q", required = false) String text, Model model) {
        model.addAttribute("q", text == null ? "" : text);
        if (text != null && !text.isBlank()) {
            model.addAttribute("found", search.find(text));
            model.addAttribute("most", CustomerSearch.MOST);
        }
        return "console/customers";
    }

    @GetMapping("/console/customers/{id}")
    String customer(@PathVariable long id, Model model) {
        CustomerHistory history = timeline.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record("customer-view", "customer:" + id);
        model.addAttribute("history", history);
        return "console/customer";
    }

    @PostMapping("/console/customers/{id}/suppress")
    @PreAuthorize("hasRole('MARKETER')")
    String suppress(@PathVariable long id, @AuthenticationPrincipal SignedInUser marketer, RedirectAttributes next) {
        if (timeline.of(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (suppressions.suppressCustomer(id, "console user " + marketer.id(), LocalDateTime.now(clock.withZone(shop.timeZone())))) {
            audit.record("customer-suppress", "customer:" + id);
        }
        next.addFlashAttribute("suppressed", true);
        return "redirect:/console/customers/" + id;
    }
}
