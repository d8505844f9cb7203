package fi.kanta.export;

/**
 * What kind of cell a list column holds, which decides how a value is written: a real number or
 * date in .xlsx (so a marketer can sort and sum), and its plain text form in CSV.
 *
 * <p>Values a row may carry for each type ({@code null} is always an empty cell):
 * <ul>
 * <li>{@link #TEXT}, {@link #TEXT_CODE}: anything; written as its text ({@code BigDecimal} plainly).</li>
 * <li>{@link #INTEGER}: {@code Long}, {@code Integer}, {@code Short}, {@code Byte}, {@code BigInteger}
 *     or an integral {@code BigDecimal}.</li>
 * <li>{@link #NUMBER}, {@link #MONEY}: any {@code Number} (finite).</li>
 * <li>{@link #DATE}: {@code LocalDate}, {@code java.sql.Date}, {@code LocalDateTime} or
 *     {@code java.sql.Timestamp} (the date part).</li>
 * <li>{@link #DATETIME}: {@code LocalDateTime}, {@code java.sql.Timestamp}, {@code LocalDate} (midnight).
 *     Zoned times are refused: the caller converts them to the campaign's local time first.</li>
 * <li>{@link #BOOLEAN}: {@code Boolean}.</li>
 * </ul>
 * Anything else is an {@link IllegalArgumentException} that names the column.
 */
public enum CellType {
    /** Free text: names, addresses, segment names. Always a string cell. */
    TEXT,
    /** A code that only looks like a number: postal code, phone, offer code. Always text, so "00100" and "+358…" stay. */
    TEXT_CODE,
    /** A whole number (purchase counts). */
    INTEGER,
    /** A decimal number (P(alive), expected purchases). */
    NUMBER,
    /** An amount in the base currency: a number shown with the currency format, e.g. {@code #,##0.00 "€"}. */
    MONEY,
    /** A calendar date, a real date cell in .xlsx, ISO {@code 2026-11-23} in CSV. */
    DATE,
    /** A local date and time, a real date cell in .xlsx, {@code 2026-11-23 14:05:00} in CSV. */
    DATETIME,
    /** Yes or no: a boolean cell in .xlsx, {@code TRUE}/{@code FALSE} in CSV. */
    BOOLEAN
}
