package fi.kanta.console.campaigns;

import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link Words} in the language of the page being answered: the signed-in user's (the console's
 * own setting per user), so that the funnel and the report read like the rest of the page,
 * whatever {@code kanta.shop.language} says the command line speaks. Times stay shop time.
 */
@Component
public class PageWords {

    private final ShopSettings shop;

    PageWords(ShopSettings shop) {
        this.shop = shop;
    }

    public Words now() {
        return new Words(LocaleContextHolder.getLocale(), shop.timeZone());
    }
}
