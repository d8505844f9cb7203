package fi.kanta.words;

import fi.kanta.shop.ShopSettings;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What Kanta says to the marketer, in the marketer's language ({@code kanta.shop.language}: fi, sv
 * or en): texts from {@code console/messages_*.properties} by key, and numbers, percentages, dates
 * and times written as that language writes them (Finnish {@code 12 345}, {@code 3,5 %},
 * {@code 6.12.2026 klo 10.12}). English is the base bundle, so a text not yet translated reads in
 * English rather than failing.
 *
 * <p>A text's arguments are written in as {@code {0}}, {@code {1}}, …: whole numbers in the locale's
 * grouping, everything else as given (format decimals and dates with the methods here first). There
 * is no MessageFormat quoting, so an apostrophe is just an apostrophe.
 */
@Component
public class Words {

    private static final String BUNDLE = "console.messages";

    private final Locale locale;
    private final ZoneId zone;
    private final ResourceBundle texts;

    @Autowired
    public Words(ShopSettings shop) {
        this(shop.locale(), shop.timeZone());
    }

    public Words(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        // no fallback to the JVM's own locale: a language without its file reads the English base
        this.texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English words in the shop's time zone: what code without settings (a test, a tool) says. */
    public static Words english(ZoneId zone) {
        return new Words(Locale.ENGLISH, zone);
    }

    public Locale locale() {
        return locale;
    }

    /** The shop's time zone: every time Kanta shows is in it. */
    public ZoneId zone() {
        return zone;
    }

    /** The text {@code key} with its arguments written in. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text " + key + " in " + BUNDLE, e);
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? written(args[index]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether there is a text {@code key} (for words looked up from data, such as a status code). */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text {@code key}, or {@code fallback} when there is none (a code from data that has no words yet). */
    public String textOr(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** One of two texts by count: {@code key.one} for 1, {@code key.many} otherwise, the count as {0}. */
    public String count(String key, long count, Object... more) {
        return text(countKey(key, count), withCount(count, more));
    }

    /** Which of the two texts {@link #count} says: {@code key.one} for 1, {@code key.many} otherwise. */
    static String countKey(String key, long count) {
        return key + (count == 1 ? ".one" : ".many");
    }

    /** The count first, then the other values. */
    static Object[] withCount(long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        return args;
    }

    private String written(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return number(((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    /** A whole number with the locale's grouping: {@code 12,345}; Finnish and Swedish {@code 12 345}. */
    public String number(long value) {
        return decimals(0).format(value);
    }

    /** A number with exactly {@code digits} decimals: {@code 3.50}; Finnish and Swedish {@code 3,50}. */
    public String decimal(double value, int digits) {
        return decimals(digits).format(value);
    }

    /** A difference with its sign and {@code digits} decimals: {@code +6.52}, {@code -0.40}; Finnish and Swedish {@code +6,52}. */
    public String signed(double value, int digits) {
        return (value >= 0 ? "+" : "") + decimal(value, digits);
    }

    /**
     * A measured figure to {@code digits} significant digits, in plain notation: {@code 0.24313},
     * {@code -1,234.57}; Finnish and Swedish {@code 0,24313}, {@code -1 234,57}. Not a number or an
     * infinity is written as Java writes it.
     */
    public String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_UP));
        return decimals(Math.max(0, rounded.scale())).format(rounded);
    }

    /** A share as a percentage with one decimal: {@code 3.5 %}; Finnish and Swedish {@code 3,5 %}. */
    public String percent(double share) {
        return decimal(share * 100, 1) + " %";
    }

    /** A day: {@code 2026-12-06} in English, {@code 6.12.2026} in Finnish and Swedish. */
    public String date(LocalDate day) {
        return day.format(nordic() ? DateTimeFormatter.ofPattern("d.M.yyyy") : DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A time in the shop's zone: {@code 2026-12-06 10:12}, Finnish {@code 6.12.2026 klo 10.12}, Swedish {@code 6.12.2026 kl. 10.12}. */
    public String dateTime(LocalDateTime shopTime) {
        return shopTime.format(DateTimeFormatter.ofPattern(text("format.date-time"), locale));
    }

    /** A moment in the shop's zone, written as {@link #dateTime(LocalDateTime)}. */
    public String dateTime(java.time.Instant moment) {
        return dateTime(LocalDateTime.ofInstant(moment, zone));
    }

    private boolean nordic() {
        return switch (locale.getLanguage()) {
            case "fi", "sv" -> true;
            default -> false;
        };
    }

    private NumberFormat decimals(int digits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(nordic() ? locale : Locale.ENGLISH);
        if (nordic()) {
            // a plain space groups thousands (CLDR's no-break space reads the same, but defeats copy and search);
            // the minus is the ASCII one a spreadsheet parses
            symbols.setGroupingSeparator(' ');
            symbols.setMinusSign('-');
        }
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }
}
