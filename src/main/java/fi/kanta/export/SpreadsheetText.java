package fi.kanta.export;

/**
 * Text that a spreadsheet must never read as a formula. A cell starting with =, +, -, @, tab,
 * CR or LF can run commands when a CSV file is opened in Excel (CSV injection, OWASP).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** True when a spreadsheet would read the text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n';
    }

    /**
     * The text for a CSV cell: a leading apostrophe when it looks like a formula (the OWASP
     * advice; the apostrophe shows in the cell, which is the documented trade-off).
     */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
