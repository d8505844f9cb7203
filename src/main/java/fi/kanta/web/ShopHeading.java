package fi.kanta.web;

import fi.kanta.render.Brand;
import fi.kanta.render.Sender;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every public page's head and header ({@code web/layout}) need. The shop's name at the top,
 * so that a customer who follows a link from an email sees whose page it is: the sender's name
 * ({@code kanta.sender.name}), the same the emails are signed with. It is data, shown as text
 * (th:text), never markup. Beside it the logo when the shop has one, given from this site
 * ({@link ShopLogo}): the pages load nothing from another site, so that the token in their address
 * goes nowhere else. And the way from the page up to the application's root, for the style sheets: relative, so that they are
 * found under a proxy's path prefix too, from {@code /signup} as from {@code /unsubscribe/<token>}.
 */
@ControllerAdvice(assignableTypes = {UnsubscribePage.class, FeedbackPage.class, SubscribePage.class, PreferencesPage.class,
        ShortAddressPage.class, ClickRedirect.class, SignupPage.class})
class ShopHeading {

    static final String SHOP_NAME = "shopName";
    static final String ROOT = "root";
    static final String LOGO = "logo";

    private final Sender shop;
    private final Brand brand;

    ShopHeading(Sender shop, Brand brand) {
        this.shop = shop;
        this.brand = brand;
    }

    /**
     * Before every handler of the public pages. An exception handler's page starts from an empty
     * model, so {@link NotGenuineLinks} calls this itself.
     */
    @ModelAttribute
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute(SHOP_NAME, shop.name());
        model.addAttribute(ROOT, root(request));
        model.addAttribute(LOGO, !brand.logo().isBlank());
    }

    /** "" for a page at /signup, "../" for one at /unsubscribe/&lt;token&gt;: one step up for each folder. */
    private static String root(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long folders = path.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat((int) Math.max(0, folders));
    }
}
