package fi.kanta.shop;

import fi.kanta.SettingRefused;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base currency every amount is compared in, and the rates that convert other currencies
 * into it ({@code kanta.money.rates.SEK=0.087}: one krona is 0.087 euros).
 */
@ConfigurationProperties("kanta.money")
public record MoneySettings(@DefaultValue("EUR") String baseCurrency, Map<String, BigDecimal> rates) {

    public MoneySettings {
        baseCurrency = setCurrency(baseCurrency);
        rates = rates == null ? Map.of() : checked(rates, baseCurrency);
    }

    /** The base currency as an ISO 4217 code; anything else refused, naming the setting. */
    private static String setCurrency(String text) {
        try {
            return currencyCode(text);
        } catch (IllegalArgumentException e) {
            throw new SettingRefused("setting.money.base-currency", text);
        }
    }

    /** Each rate is for a currency and above zero; a rate left empty is refused as missing. */
    private static Map<String, BigDecimal> checked(Map<String, BigDecimal> rates, String base) {
        Map<String, BigDecimal> checked = new HashMap<>();
        rates.forEach((currency, rate) -> {
            try {
                currencyCode(currency);
            } catch (IllegalArgumentException e) {
                throw new SettingRefused("setting.money.rate-currency", currency);
            }
            if (rate == null || rate.signum() <= 0) {
                throw new SettingRefused("setting.money.rate", currency, rate == null ? "" : rate.toPlainString(), base);
            }
            checked.put(currency, rate);
        });
        return Map.copyOf(checked);
    }

    /**
     * The amount in the base currency, to the cent; an unknown currency or one without a
     * configured rate is an {@link IllegalArgumentException} saying which setting is missing.
     */
    public BigDecimal toBase(BigDecimal amount, String currency) {
        if (currency.equals(baseCurrency)) {
            return amount;
        }
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no exchange rate for " + currency + " into " + baseCurrency
                    + " (set kanta.money.rates." + currency + ")");
        }
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** An ISO 4217 code, upper-cased; anything else is an {@link IllegalArgumentException}. */
    public static String currencyCode(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if ("€".equals(code)) {
            return "EUR";
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a currency code (ISO 4217, e.g. EUR, SEK)");
        }
    }
}
