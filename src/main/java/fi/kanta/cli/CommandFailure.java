package fi.kanta.cli;

import fi.kanta.UserError;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.web.server.PortInUseException;

/** Turns an exception into the one line a user reads; the stack trace goes to out/kanta.log. */
final class CommandFailure {

    private CommandFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind && bind.getProperty() != null) {
                return setting(bind.getProperty(), bind);
            }
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
        return "unexpected error: " + root(failure) + " (details in out/kanta.log)";
    }

    /** A setting that does not fit its type (a time zone that does not exist): the setting, its value and where it was given. */
    private static String setting(ConfigurationProperty property, BindException bind) {
        Throwable root = root(bind);
        String why = root instanceof UserError ? root.getMessage() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return property.getName() + "=" + property.getValue() + " in " + where(property.getOrigin()) + " is not a valid value (" + why + ")";
    }

    /** The file and line of a setting, as an editor opens it; or where else it came from (the command line). */
    private static String where(Origin origin) {
        for (Origin at = origin; at != null; at = at instanceof PropertySourceOrigin source ? source.getOrigin() : at.getParent()) {
            if (at instanceof TextResourceOrigin text && text.getResource() != null) {
                String file = text.getResource().getDescription();
                try {
                    file = text.getResource().getFile().toString();
                } catch (IOException | UnsupportedOperationException e) {
                    // a resource in the jar: its description names it
                }
                return file + (text.getLocation() == null ? "" : ":" + (text.getLocation().getLine() + 1));
            }
        }
        return origin == null ? "the settings" : origin.toString();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
