package fi.kanta.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The values a row may carry for each {@link CellType}, read the same way by every list format,
 * so a column refuses the same wrong values in .xlsx and in CSV.
 */
final class CellValues {

    private CellValues() {
    }

    static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    static long integer(ListColumn column, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            if (value instanceof BigInteger big) {
                return big.longValueExact();
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.longValueExact();
            }
        } catch (ArithmeticException e) {
            throw wrong(column, value);
        }
        throw wrong(column, value);
    }

    static double number(ListColumn column, Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw wrong(column, value);
    }

    /** The exact decimal, for formats that write digits rather than a binary double. */
    static BigDecimal decimal(ListColumn column, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        // Double.toString's shortest form: 0.1 stays 0.1, not 0.1000000000000000055…
        return BigDecimal.valueOf(number(column, value));
    }

    static LocalDate date(ListColumn column, Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDateTime || value instanceof java.sql.Timestamp) {
            return dateTime(column, value).toLocalDate();
        }
        throw wrong(column, value);
    }

    static LocalDateTime dateTime(ListColumn column, Object value) {
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime();
        }
        if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return date(column, value).atStartOfDay();
        }
        throw wrong(column, value);
    }

    static boolean bool(ListColumn column, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrong(column, value);
    }

    private static IllegalArgumentException wrong(ListColumn column, Object value) {
        return new IllegalArgumentException("column '" + column.header() + "' (" + column.type() + ") cannot hold a "
                + value.getClass().getName() + " (" + abbreviated(value) + ")");
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
