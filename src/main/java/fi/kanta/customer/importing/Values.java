package fi.kanta.customer.importing;

import fi.kanta.customer.EmailAddress;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the values shops put in their files. Each parser returns the value or throws
 * {@link ValueProblem}, the reason a reject report shows (in the marketer's words).
 */
final class Values {

    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FINNISH_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss][.SSS]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("finland", "FI"), Map.entry("suomi", "FI"), Map.entry("sverige", "SE"), Map.entry("sweden", "SE"),
            Map.entry("ruotsi", "SE"), Map.entry("norway", "NO"), Map.entry("norge", "NO"), Map.entry("denmark", "DK"),
            Map.entry("danmark", "DK"), Map.entry("estonia", "EE"), Map.entry("eesti", "EE"), Map.entry("germany", "DE"),
            Map.entry("uk", "GB"), Map.entry("unitedkingdom", "GB"), Map.entry("greatbritain", "GB"),
            Map.entry("england", "GB"), Map.entry("ireland", "IE"), Map.entry("usa", "US"), Map.entry("unitedstates", "US"));
    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("finnish", "fi"), Map.entry("suomi", "fi"), Map.entry("finska", "fi"), Map.entry("swedish", "sv"),
            Map.entry("svenska", "sv"), Map.entry("ruotsi", "sv"), Map.entry("english", "en"), Map.entry("englanti", "en"),
            Map.entry("engelska", "en"), Map.entry("se", "sv"));

    private Values() {
    }

    /**
     * A money amount: "12.50", "12,50", "1 234,90", "1.234,90", "1,234.90", "-5,00". When both a
     * comma and a dot appear, the last one is the decimal separator; a lone comma is a decimal
     * comma (as Finnish and Swedish Excel write it). At most two decimals.
     */
    static BigDecimal amount(String text) {
        if (isPlainDecimal(text)) { // the common case, without the copying below
            return checkedAmount(new BigDecimal(text));
        }
        String s = text.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("'", "");
        s = s.replace('\u2212', '-'); // a typographic minus sign
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            if (s.indexOf(',') != comma) {
                throw new ValueProblem("import.value.amount-commas");
            }
            s = s.replace(',', '.');
        }
        try {
            return checkedAmount(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new ValueProblem("import.value.amount");
        }
    }

    /** The currency a written amount names: "€", "EUR", "kr" (a krona, of whichever country: see {@link #KRONA}). */
    private static final Pattern LEADING_CURRENCY = Pattern.compile("^([€$£]|(?i:kr)\\.?|[A-Za-z]{3})\\s*(?=[-\u2212\\d])");
    private static final Pattern TRAILING_CURRENCY = Pattern.compile("(?<=[\\d.,])\\s*([€$£]|(?i:kr)\\.?|[A-Za-z]{3})$");
    /** What "kr" names: a Swedish, Norwegian, Danish or Icelandic krona; the row's currency says which. */
    static final String KRONA = "kr";
    private static final Set<String> KRONOR = Set.of("SEK", "NOK", "DKK", "ISK");

    /**
     * An amount as a shop's export or a person writes it, with or without a currency: "49,90 €",
     * "€49.90", "1 234,50 EUR", "kr 100". {@code currency} is the ISO code the text names, {@link #KRONA},
     * or null when it names none.
     */
    record Money(BigDecimal amount, String currency) {

        /** True when the currency the text names (if any) is {@code code}. */
        boolean isIn(String code) {
            return currency == null || currency.equals(code) || KRONA.equals(currency) && KRONOR.contains(code);
        }
    }

    static Money money(String text) {
        if (isPlainDecimal(text)) {
            return new Money(checkedAmount(new BigDecimal(text)), null);
        }
        String s = text.strip();
        String mark = null;
        var leading = LEADING_CURRENCY.matcher(s);
        var trailing = TRAILING_CURRENCY.matcher(s);
        if (leading.find()) {
            mark = leading.group(1);
            s = s.substring(leading.end());
        } else if (trailing.find()) {
            mark = trailing.group(1);
            s = s.substring(0, trailing.start());
        }
        return new Money(amount(s.strip()), mark == null ? null : currencyOf(mark));
    }

    private static String currencyOf(String mark) {
        return switch (mark.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "€" -> "EUR";
            case "$" -> "USD";
            case "£" -> "GBP";
            case "kr" -> KRONA;
            default -> {
                try {
                    yield java.util.Currency.getInstance(mark.toUpperCase(Locale.ROOT)).getCurrencyCode();
                } catch (IllegalArgumentException e) {
                    throw new ValueProblem("import.value.amount-currency", mark);
                }
            }
        };
    }

    private static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new ValueProblem("import.value.decimals");
        }
        if (amount.abs().compareTo(LARGEST_AMOUNT) > 0) {
            throw new ValueProblem("import.value.amount-too-large");
        }
        return amount.setScale(2);
    }

    /** Digits with an optional leading minus and at most one dot inside: "12.50", "-3", "1234.5". */
    private static boolean isPlainDecimal(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int dots = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return s.length() > start && dots <= 1 && s.charAt(start) != '.' && s.charAt(s.length() - 1) != '.';
    }

    /**
     * A point in time in the shop's zone: ISO ("2026-11-23", "2026-11-23T10:15", "2026-11-23 10:15:00",
     * with or without an offset), Finnish ("23.11.2026", "23.11.2026 10.15" or "10:15"), or Unix
     * seconds/milliseconds (email providers' exports). A date alone means midnight.
     */
    static LocalDateTime timestamp(String text, ZoneId zone) {
        String s = text.strip();
        try {
            LocalDateTime common = isoLocal(s);
            if (common != null) {
                return common;
            }
            if (DIGITS.matcher(s).matches() && (s.length() == 10 || s.length() == 13)) {
                Instant instant = s.length() == 10 ? Instant.ofEpochSecond(Long.parseLong(s)) : Instant.ofEpochMilli(Long.parseLong(s));
                return LocalDateTime.ofInstant(instant, zone);
            }
            var finnish = FINNISH_DATE.matcher(s.split("[ T]")[0]);
            if (finnish.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(finnish.group(3)), Integer.parseInt(finnish.group(2)),
                        Integer.parseInt(finnish.group(1)));
                String rest = s.substring(finnish.end()).strip();
                return rest.isEmpty() ? date.atStartOfDay() : date.atTime(LocalTime.parse(rest.replace('.', ':'), TIME));
            }
            String iso = s.replace(' ', 'T');
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay();
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(iso.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                        .atZoneSameInstant(zone).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeException | NumberFormatException e) {
            throw new ValueProblem("import.value.time");
        }
    }

    /**
     * The common case, read by hand: 2026-11-23, 2026-11-23T10:15 or 2026-11-23 10:15:30 (a space or
     * a T). java.time's parser builds and copies hash maps for every value, a fifth of an import's
     * Java time. Null when the text is not in this form; an impossible date (30 February) throws.
     */
    private static LocalDateTime isoLocal(String s) {
        int length = s.length();
        if (length != 10 && length != 16 && length != 19 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (length == 10) {
            return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day).atStartOfDay();
        }
        char separator = s.charAt(10);
        if (separator != 'T' && separator != ' ' || s.charAt(13) != ':' || length == 19 && s.charAt(16) != ':') {
            return null;
        }
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = length == 19 ? digits(s, 17, 2) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A calendar date, in any form {@link #timestamp} reads. */
    static LocalDate date(String text, ZoneId zone) {
        return timestamp(text, zone).toLocalDate();
    }

    /** An ISO 3166 alpha-2 country code (or a common name of a Nordic or English-speaking country). */
    static String country(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (COUNTRIES.contains(code)) {
            return code;
        }
        String byName = COUNTRY_NAMES.get(Column.key(text));
        if (byName == null) {
            throw new ValueProblem("import.value.country");
        }
        return byName;
    }

    /** A language code from the supported list: "fi", "sv", "en", "fi-FI", "svenska"… */
    static String language(String text, java.util.List<String> supported) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String code = s.contains("-") ? s.substring(0, s.indexOf('-')) : LANGUAGE_NAMES.getOrDefault(Column.key(s), s);
        if (!supported.contains(code)) {
            throw new ValueProblem("import.value.language", String.join(", ", supported));
        }
        return code;
    }

    private static final Pattern PHONE = Pattern.compile("\\+?[\\d ()./-]{5,40}");

    /** A phone number as people write it: digits, spaces, + - ( ) / . and at least five digits. */
    static String phone(String text) {
        String phone = text.strip();
        if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5) {
            throw new ValueProblem("import.value.phone");
        }
        return phone;
    }

    /** An email address as {@link EmailAddress#check} takes it, with the reject report's reason when it is none. */
    static String email(String text) {
        try {
            return EmailAddress.check(text);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("import.value.email");
        }
    }

    /** Yes or no, as people write it in three languages and as systems export it. */
    static boolean yesNo(String text) {
        return switch (Column.key(text)) {
            case "yes", "y", "true", "1", "granted", "optin", "optedin", "subscribed", "kyllä", "k", "ja", "x" -> true;
            case "no", "n", "false", "0", "withdrawn", "optout", "optedout", "unsubscribed", "ei", "e", "nej", "" -> false;
            default -> throw new ValueProblem("import.value.yes-no");
        };
    }

    /**
     * A web address a customer's message may link to or load: https only, with a host, at most 2,000
     * characters, no spaces. Anything else (http, {@code javascript:}, {@code data:}, a bare path) is
     * refused: it would be a page or image the customer's browser fetches in the shop's name.
     */
    static String httpsAddress(String text) {
        String s = text.strip();
        if (s.length() > 2000) {
            throw new ValueProblem("import.value.longer", "2000");
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(s);
        } catch (java.net.URISyntaxException e) {
            throw new ValueProblem("import.value.web-address");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new ValueProblem("import.value.https");
        }
        return s;
    }
}
