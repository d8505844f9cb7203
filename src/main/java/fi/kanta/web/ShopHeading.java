package fi.kanta.web;

import fi.kanta.render.Sender;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The shop's name at the top of every public page ({@code web/layout :: shop}), so that a customer
 * who follows a link from an email sees whose page it is: the sender's name ({@code kanta.sender.name}),
 * the same the emails are signed with. It is data, shown as text (th:text), never markup. The logo
 * is not shown: it is an address on another site, and the pages load nothing from another site, so
 * that the token in their address goes nowhere else.
 */
@ControllerAdvice(assignableTypes = {UnsubscribePage.class, FeedbackPage.class, SubscribePage.class, PreferencesPage.class,
        ShortAddressPage.class, ClickRedirect.class, SignupPage.class})
class ShopHeading {

    static final String SHOP_NAME = "shopName";

    private final Sender shop;

    ShopHeading(Sender shop) {
        this.shop = shop;
    }

    /**
     * Before every handler of the public pages. An exception handler's page starts from an empty
     * model, so {@link NotGenuineLinks} calls this itself.
     */
    @ModelAttribute
    void addTo(Model model) {
        model.addAttribute(SHOP_NAME, shop.name());
    }
}
