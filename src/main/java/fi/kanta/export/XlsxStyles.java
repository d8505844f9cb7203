package fi.kanta.export;

import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a list needs, made once per workbook: a workbook holds at most 64,000
 * styles, so a style per cell would break a large list.
 *
 * <p>Codes ({@link CellType#TEXT_CODE}) use the text format "@" so that a user who edits "00100"
 * keeps "00100"; ordinary text has no style at all, which keeps a million-row sheet smaller. Text
 * that looks like a formula (=, +, -, @, tab, CR, LF first) gets a quote-prefixed style: the cell
 * shows its value unchanged, and stays text when a user edits it.
 */
final class XlsxStyles {

    private final CellStyle header;
    private final CellStyle quotedHeader;
    private final CellStyle quotedText;
    private final Map<CellType, CellStyle> byType = new EnumMap<>(CellType.class);

    XlsxStyles(Workbook workbook, Currency currency) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = style(workbook, formats, "@", false);
        header.setFont(bold);
        quotedHeader = style(workbook, formats, "@", true);
        quotedHeader.setFont(bold);
        quotedText = style(workbook, formats, "@", true);
        byType.put(CellType.TEXT_CODE, style(workbook, formats, "@", false));
        byType.put(CellType.INTEGER, style(workbook, formats, "0", false));
        byType.put(CellType.NUMBER, style(workbook, formats, "General", false));
        byType.put(CellType.MONEY, style(workbook, formats, moneyFormat(currency), false));
        byType.put(CellType.DATE, style(workbook, formats, "yyyy-mm-dd", false));
        byType.put(CellType.DATETIME, style(workbook, formats, "yyyy-mm-dd hh:mm", false));
        byType.put(CellType.BOOLEAN, style(workbook, formats, "General", false));
    }

    CellStyle header(String text) {
        return SpreadsheetText.looksLikeFormula(text) ? quotedHeader : header;
    }

    /** The style for text in a TEXT or TEXT_CODE column; null (the workbook's default) for ordinary TEXT. */
    CellStyle text(CellType type, String text) {
        return SpreadsheetText.looksLikeFormula(text) ? quotedText : byType.get(type);
    }

    /** The style for a value of this type; null (the workbook's default) for ordinary TEXT. */
    CellStyle of(CellType type) {
        return byType.get(type);
    }

    /**
     * The base currency's number format, symbol after the amount as Finnish and most euro
     * countries write it: {@code #,##0.00 "€"}; the decimals follow the currency (none for yen).
     */
    static String moneyFormat(Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        return number + " \"" + symbol(currency) + "\"";
    }

    /** "€" for EUR, "kr" for SEK, "$" for USD: the symbol a country using the currency writes; else its code. */
    static String symbol(Currency currency) {
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() && currency.equals(currencyOf(locale))) {
                String symbol = currency.getSymbol(locale);
                if (!symbol.equals(currency.getCurrencyCode()) && symbol.indexOf('"') < 0) {
                    return symbol;
                }
            }
        }
        return currency.getCurrencyCode();
    }

    private static Currency currencyOf(Locale locale) {
        try {
            return Currency.getInstance(locale);
        } catch (IllegalArgumentException e) {
            return null; // a region without a currency of its own (Antarctica)
        }
    }

    private static CellStyle style(Workbook workbook, DataFormat formats, String format, boolean quoted) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setQuotePrefixed(quoted);
        return style;
    }
}
