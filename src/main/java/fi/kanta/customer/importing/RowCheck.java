package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads the columns of one row and collects every problem found, so that a row with three
 * mistakes is reported once with all three, each naming its column and value.
 */
public final class RowCheck {

    private final SourceRow row;
    private final LocalDateTime fileTime;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Rejection> warnings = new ArrayList<>();
    private final boolean shortRow;
    private final boolean erasures;
    private final ErasedRows erased;
    /** The marketer's: reasons and warnings are written in them into the reports. */
    private final Words words;
    private final int numberInFile;

    RowCheck(SourceRow row, LocalDateTime fileTime, boolean erasures, ErasedRows erased, Words words, int numberInFile) {
        this.row = row;
        this.words = words;
        this.numberInFile = numberInFile;
        this.fileTime = fileTime;
        this.erasures = erasures;
        this.erased = erased;
        String[] cells = row.cells();
        int width = row.header().width();
        for (int i = width; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                rejections.add(new Rejection(row.line(), "(row)", Printable.escape(cells[i]), valueCount(cells.length, width)));
                break;
            }
        }
        // a row that stops early is kept when only optional values are missing (e.g. an export that leaves
        // off trailing empty fields), and rejected when a required one is
        shortRow = cells.length < width;
        if (shortRow && row.header().requiresBeyond(cells.length)) {
            rejections.add(new Rejection(row.line(), "(row)", "", valueCount(cells.length, width)));
        }
        for (int i = 0; i < Math.min(cells.length, width); i++) {
            checkCharacters(i, cells[i]);
        }
    }

    private String valueCount(int values, int width) {
        return words.text("import.row.width", words.count("count.values", values), words.count("count.columns", width));
    }

    /** The words the reasons are said in (an import reads them for its own). */
    public Words words() {
        return words;
    }

    /**
     * NUL and other control characters have no place in a name, an address or an id (tabs and the
     * line breaks of a quoted field excepted); nor has U+FFFD, which the reader puts where bytes
     * are not text in the file's encoding. Both mean a damaged file or one part in another encoding.
     */
    private void checkCharacters(int position, String cell) {
        if (cell == null) {
            return;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\uFFFD') {
                rejections.add(new Rejection(row.line(), row.header().nameAt(position), Printable.escape(cell),
                        words.text("import.row.encoding")));
                return;
            }
            if (c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c)) {
                rejections.add(new Rejection(row.line(), row.header().nameAt(position), Printable.escape(cell),
                        words.text("import.row.control", Printable.escape(String.valueOf(c)))));
                return;
            }
        }
    }

    /** The trimmed text, or null when blank; longer than {@code maxLength} is a rejection. */
    public String text(Column column, int maxLength) {
        String text = row.text(column);
        if (text != null && text.length() > maxLength) {
            reject(column, text, words.text("import.value.longer", String.valueOf(maxLength)));
            return null;
        }
        return text;
    }

    /** Like {@link #text} but a blank or missing value is a rejection. */
    public String required(Column column, int maxLength) {
        String text = text(column, maxLength);
        if (text == null && row.text(column) == null) {
            reject(column, "", words.text("import.value.required"));
        }
        return text;
    }

    /**
     * Parses the value; the parser throws {@link IllegalArgumentException} with the reason when
     * the value is wrong. Returns null (and records the rejection) then, or when blank.
     */
    public <V> V parse(Column column, Function<String, V> parser) {
        return parsed(column, parser, (text, why) -> reject(column, text, why));
    }

    /** Like {@link #parse} but a blank or missing value is a rejection. */
    public <V> V parseRequired(Column column, Function<String, V> parser) {
        if (row.text(column) == null) {
            reject(column, "", words.text("import.value.required"));
            return null;
        }
        return parse(column, parser);
    }

    /**
     * Like {@link #parse}, for a value the row can do without (an email, a phone number, a postal
     * code): a wrong one keeps the row without it and is listed as a warning, so one typo does not
     * lose a customer and, with her, all her purchases. {@code without} (a text's key, with its
     * arguments) says what the row gets instead.
     */
    public <V> V optional(Column column, Function<String, V> parser, String without, Object... args) {
        return parsed(column, parser, (text, why) -> warn(column, text, why + "; " + words.text(without, args)));
    }

    /** The parsed value, or null when blank or wrong; {@code wrong} hears the text and why. */
    private <V> V parsed(Column column, Function<String, V> parser, BiConsumer<String, String> wrong) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            wrong.accept(text, ValueProblem.said(e, words));
            return null;
        }
    }

    /** Records what was done to a value of a row that is imported (left out, corrected). */
    public void warn(Column column, String value, String what) {
        warnings.add(new Rejection(row.line(), row.header().nameInFile(column), value, what));
    }

    /** Records a problem that involves this column. */
    public void reject(Column column, String value, String reason) {
        rejections.add(new Rejection(row.line(), row.header().nameInFile(column), value, reason));
    }

    /**
     * Rejects the row when the value (a customer id, an email key, a person key) is an erased
     * person's (docs/architecture.md "Erasure"). The value itself is not kept with the rejection:
     * the reject report must not bring back what the erasure removed.
     */
    public void notErased(Column column, fi.kanta.customer.ErasedPeople.Kind kind, String value) {
        String reason = value == null ? null : erased.reason(kind, value);
        if (reason != null && rejections.stream().noneMatch(r -> r.reason().equals(reason))) {
            reject(column, "", reason);
        }
    }

    /**
     * An email address that is an erased person's is left out of the row, with a warning: the row
     * may be another person's sharing that mailbox, who stays a customer without it.
     */
    public String withoutErasedEmail(Column column, String email) {
        String reason = email == null ? null : erased.reason(fi.kanta.customer.ErasedPeople.Kind.EMAIL,
                fi.kanta.customer.EmailAddress.key(email));
        if (reason == null) {
            return email;
        }
        warn(column, "", reason + "; " + words.text("import.kept.email"));
        return null;
    }

    /** The shop's customer id a row refers to (required), rejected when that customer was erased. */
    public String customerRef(Column column) {
        String id = required(column, 64);
        notErased(column, fi.kanta.customer.ErasedPeople.Kind.EXTERNAL_ID, id);
        return id;
    }

    /** True when the column has a (non-blank) value in this row. */
    public boolean has(Column column) {
        return row.text(column) != null;
    }

    /** When the file was last changed: the time of rows that carry none, so a re-import is idempotent. */
    public LocalDateTime fileTime() {
        return fileTime;
    }

    /**
     * The row's place, from 1, among the file's rows with the same value in the column its import
     * numbers rows by (an order's lines by order id, see {@link ImportDefinition#numberedBy}); 0 when
     * it numbers none.
     */
    public int numberInFile() {
        return numberInFile;
    }

    /** True when the import was asked to take erasures from the file ({@code --erase}). */
    public boolean erasures() {
        return erasures;
    }

    CheckedRow result(Object item) {
        return new CheckedRow(row.index(), row.line(), rejections.isEmpty() ? item : null, List.copyOf(rejections), row.header(),
                shortRow, List.copyOf(warnings));
    }
}
