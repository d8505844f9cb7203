package fi.kanta.customer.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a cell as stored in the sheet XML (its type, style and raw value) into the text the
 * import reads, the same text whatever program wrote the file: numbers as Excel shows them in
 * the General format, dates as ISO text, booleans as TRUE/FALSE.
 */
final class XlsxCellText {

    /** Excel shows (and keeps when typed) 15 significant digits; more is binary noise (0.1+0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    /** Whether each cell style is a date format; looked up once per style, not once per cell. */
    private final Boolean[] dateStyles;

    /** {@code strings} and {@code styles} are null when the workbook has none. */
    XlsxCellText(SharedStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.dateStyles = new Boolean[styles == null ? 0 : styles.getNumCellStyles()];
    }

    /**
     * The text of a cell: {@code type} is its {@code t} attribute, {@code style} its {@code s},
     * {@code value} the text of its {@code <v>} (or {@code <is>} for an inline string).
     *
     * @throws IllegalArgumentException when the cell points at a shared string that is not there
     */
    String text(String type, String style, String value) {
        if (value == null) {
            return "";
        }
        if (type == null || type.equals("n")) {
            return number(value.strip(), style);
        }
        return switch (type) {
            case "s" -> sharedString(value.strip());
            case "b" -> value.strip().equals("1") ? "TRUE" : value.strip().equals("0") ? "FALSE" : value;
            default -> value; // inlineStr, str (a formula's text), e (#N/A), d (an ISO date)
        };
    }

    private String sharedString(String value) {
        int index;
        try {
            index = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a shared string number");
        }
        try {
            return strings.getItemAt(index).getString();
        } catch (RuntimeException e) { // no table (NPE), or POI's IllegalStateException past the end
            throw new IllegalArgumentException("refers to shared string " + index + ", which the workbook does not have");
        }
    }

    private String number(String value, String style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value; // not a number after all: keep what the file says
        }
        if (!Double.isFinite(number)) {
            return value; // "1E999": would print as a thousand digits
        }
        if (isDate(style) && DateUtil.isValidExcelDate(number)) {
            return date(number);
        }
        // valueOf, not new BigDecimal(double): the shortest decimal that is this double (12.5, not 12.4999…)
        return BigDecimal.valueOf(number).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** 2026-11-23, or 2026-11-23T10:15:00 with a time of day; a time alone (below 1 day) as 10:15:00. */
    private String date(double number) {
        LocalDateTime time = DateUtil.getLocalDateTime(number, date1904, true);
        if (number < 1) {
            return time.toLocalTime().format(TIME);
        }
        if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return time.toLocalDate().toString();
        }
        return time.format(DATE_TIME);
    }

    private boolean isDate(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index;
        try {
            index = Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (index < 0 || index >= dateStyles.length) {
            return false;
        }
        if (dateStyles[index] == null) {
            dateStyles[index] = isDateStyle(index);
        }
        return dateStyles[index];
    }

    private boolean isDateStyle(int index) {
        try {
            XSSFCellStyle style = styles.getStyleAt(index);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        } catch (RuntimeException e) {
            return false; // a broken style: the number stays a number
        }
    }
}
