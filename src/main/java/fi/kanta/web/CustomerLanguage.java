package fi.kanta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language a page speaks: a page about one customer speaks theirs (the one they chose,
 * {@code customer_preference.language}, else {@code customer.language}: {@link PageCustomers};
 * Finnish, Swedish, anything else English, as the campaign templates do); other pages follow the
 * browser among the same three. A console page speaks its signed-in user's language the same way.
 */
public class CustomerLanguage extends AcceptHeaderLocaleResolver {

    static final List<Locale> SPOKEN = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);
    private static final String ATTRIBUTE = CustomerLanguage.class.getName();

    CustomerLanguage() {
        setSupportedLocales(SPOKEN);
        setDefaultLocale(Locale.ENGLISH);
    }

    /** Makes this request's page speak the customer's (or the console user's) language. */
    public static void speak(HttpServletRequest request, String customerLanguage) {
        request.setAttribute(ATTRIBUTE, of(customerLanguage));
    }

    /** Lenient about the form (FI, fi-FI, sv_SE): the import normally stores fi, sv or en. */
    static Locale of(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return SPOKEN.stream().filter(spoken -> spoken.getLanguage().equals(code)).findFirst().orElse(Locale.ENGLISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Locale customers ? customers : super.resolveLocale(request);
    }
}
