package fi.kanta.export;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet must never read as a formula. A cell starting with =, +, -, @, tab,
 * CR or LF can run commands when a CSV file is opened in Excel (CSV injection, OWASP).
 */
public final class SpreadsheetText {

    /**
     * A signed plain number or phone number: a sign, then digits with spaces between groups and at
     * most one decimal separator. A spreadsheet reads it as a number or as text, never as a
     * formula: nothing in it is an operator ({@code -2+3} and {@code +1+cmd|…} are not plain).
     */
    private static final Pattern PLAIN_SIGNED = Pattern.compile("[+-]\\d+( \\d+)*([.,]\\d+)?");

    private SpreadsheetText() {
    }

    /**
     * True when a spreadsheet could read the text as a formula, now or once a user edits the cell:
     * the .xlsx lists quote-prefix these cells, which keeps the value unchanged ({@code +1} stays
     * the text "+1" after an edit).
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n';
    }

    /**
     * True when a spreadsheet opening a CSV file would run the text as a formula: it looks like one
     * and is not a plain signed number or phone number. Those ({@code +358 40 123 4567},
     * {@code -49,90}) need no guard, and an apostrophe would show in every such cell.
     */
    public static boolean runsAsFormula(String text) {
        return looksLikeFormula(text) && !PLAIN_SIGNED.matcher(text).matches();
    }

    /**
     * The text for a CSV cell: a leading apostrophe when a spreadsheet would run it as a formula
     * (the OWASP advice; the apostrophe shows in the cell, which is the documented trade-off).
     */
    public static String forCsv(String text) {
        return runsAsFormula(text) ? "'" + text : text;
    }
}
