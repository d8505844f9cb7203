package fi.kanta.customer.importing;

import fi.kanta.words.SaidError;

/**
 * The file as a whole cannot be imported (unreadable, wrong format, bad header, a damaged or hostile
 * workbook): a text of console/messages with its values, the file's path first, said in the
 * language of whoever reads it (the command line's marketer, the console's user).
 */
public class ImportFileException extends SaidError {

    private ImportFileException(String key, Object[] args) {
        super(key, args);
    }

    private ImportFileException(Throwable cause, String key, Object[] args) {
        super(cause, key, args);
    }

    /** The file refused with the text {@code key} and its values (the file's path first). */
    public static ImportFileException refused(String key, Object... args) {
        return new ImportFileException(key, args);
    }

    /** The same, caused by {@code cause} (kept for the log). */
    public static ImportFileException refused(Throwable cause, String key, Object... args) {
        return new ImportFileException(cause, key, args);
    }
}
