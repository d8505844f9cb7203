package fi.kanta;

import java.util.List;
import java.util.Optional;

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

    /**
     * The first of {@code failures}, or of what caused them, that is a {@code type}: a job's step wraps
     * what it failed with, and a refusal is said as itself, not as its wrapper.
     */
    public static <T extends Throwable> Optional<T> firstAmong(List<Throwable> failures, Class<T> type) {
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return Optional.of(type.cast(cause));
                }
            }
        }
        return Optional.empty();
    }
}
