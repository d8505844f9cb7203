package fi.kanta.cli;

import fi.kanta.UserError;
import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.web.server.PortInUseException;

/** Turns an exception into the one line a user reads; the stack trace goes to out/kanta.log. */
final class CommandFailure {

    private CommandFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserError) {
                return cause.getMessage();
            }
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof SQLException && message.contains("lockFile")) {
                return "the database is in use by another Kanta process (the embedded database opens in one process"
                        + " at a time); wait for it to finish or stop it";
            }
            if (cause instanceof PortInUseException inUse) {
                return "port " + inUse.getPort() + " is already in use by another program; choose another with --kanta.web.port=N";
            }
            if (cause instanceof ConnectException) {
                return "cannot reach the database server (" + message + "); is it running, and are spring.datasource.*"
                        + " right?";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "unexpected error: " + root + " (details in out/kanta.log)";
    }
}
