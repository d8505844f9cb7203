package fi.kanta.customer.importing;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;

/**
 * The file as a whole cannot be imported (unreadable, wrong format, bad header, a zip bomb). The
 * refusals a marketer meets every day (no such file, an old .xls, a missing column) are texts of
 * console/messages said in the marketer's language ({@link #refused}), and so are those of a damaged
 * or unusual workbook; the refusals of a hostile one (a zip bomb, an XML entity, a sheet past
 * Excel's limits) are said in English as they are made.
 */
public class ImportFileException extends SaidError {

    private final boolean inWords;

    public ImportFileException(String message) {
        this(message, (Throwable) null);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
        this.inWords = false;
    }

    private ImportFileException(String key, Object[] args) {
        super(key, args);
        this.inWords = true;
    }

    private ImportFileException(Throwable cause, String key, Object[] args) {
        super(cause, key, args);
        this.inWords = true;
    }

    /** The file refused with the text {@code key} and its values (the file's path first). */
    public static ImportFileException refused(String key, Object... args) {
        return new ImportFileException(key, args);
    }

    /** The same, caused by {@code cause} (kept for the log). */
    public static ImportFileException refused(Throwable cause, String key, Object... args) {
        return new ImportFileException(cause, key, args);
    }

    @Override
    public String said(Words words) {
        return inWords ? super.said(words) : getMessage();
    }
}
