package fi.kanta.customer.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postal codes checked by the rules of their country: five digits in Finland and Sweden (stored
 * without the space Swedes write, 123 45 as 12345, so one address is one household), four in
 * Norway and Denmark, anything else as written. Excel reads a Finnish postal code as a number and
 * drops its leading zeros (02100 becomes 2100), so a Finnish code of fewer digits is restored
 * (with a warning: the import says which rows it changed).
 */
final class PostalCodes {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PostalCodes() {
    }

    /**
     * The postal code as it is stored, or a {@link ValueProblem} saying why it cannot be
     * one of the country's. {@code restored} is told the stored code when leading zeros were put back.
     */
    static String check(String text, String country, java.util.function.Consumer<String> restored) {
        String code = text.strip();
        String digits = withoutCountryPrefix(code, country).replace(" ", "").replace("\u00A0", "");
        switch (country == null ? "" : country.toUpperCase(Locale.ROOT)) {
            case "FI" -> {
                if (!DIGITS.matcher(digits).matches() || digits.length() > 5) {
                    throw new ValueProblem("import.value.postal-code.FI");
                }
                String padded = "0".repeat(5 - digits.length()) + digits;
                if (!padded.equals(digits)) {
                    restored.accept(padded);
                }
                return padded;
            }
            case "SE" -> {
                return digitsOf(digits, 5, "SE");
            }
            case "NO" -> {
                return digitsOf(digits, 4, "NO");
            }
            case "DK" -> {
                return digitsOf(digits, 4, "DK");
            }
            default -> {
                if (code.length() > 20) {
                    throw new ValueProblem("import.value.longer", "20");
                }
                return code;
            }
        }
    }

    /** "FI-00100", "SE-123 45", "S-123 45", "DK-1050": the country prefix of international mail. */
    private static String withoutCountryPrefix(String code, String country) {
        String upper = code.toUpperCase(Locale.ROOT);
        for (String prefix : "SE".equals(country) ? new String[] {"SE-", "S-"} : new String[] {country + "-"}) {
            if (upper.startsWith(prefix)) {
                return code.substring(prefix.length()).strip();
            }
        }
        return code;
    }

    private static String digitsOf(String digits, int length, String country) {
        if (!DIGITS.matcher(digits).matches() || digits.length() != length) {
            throw new ValueProblem("import.value.postal-code." + country);
        }
        return digits;
    }
}
