package fi.kanta.customer.importing;

import fi.kanta.UserError;

/** The file as a whole cannot be imported (unreadable, wrong format, bad header, a zip bomb). */
public class ImportFileException extends UserError {

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
