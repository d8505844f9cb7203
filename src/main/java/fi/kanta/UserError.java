package fi.kanta;

/**
 * An expected failure that the user can fix (missing file, wrong format, database in use): the
 * command prints its message as one line, without a stack trace, and exits 1.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
