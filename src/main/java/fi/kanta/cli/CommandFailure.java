package fi.kanta.cli;

import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns an exception into the one line a user reads, in the marketer's language; the stack trace
 * goes to out/kanta.log. A failure's own text (a driver's, the JVM's) is quoted as it is.
 */
final class CommandFailure {

    private CommandFailure() {
    }

    static String describe(Throwable failure, Words words) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind && bind.getProperty() != null) {
                return setting(bind.getProperty(), bind, words);
            }
            if (cause instanceof UserError) {
                return SaidError.said(cause, words);
            }
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof SQLException && message.contains("lockFile")) {
                return words.text("failure.database-in-use");
            }
            if (cause instanceof PortInUseException inUse) {
                return words.text("failure.port-in-use", String.valueOf(inUse.getPort()));
            }
            if (cause instanceof ConnectException) {
                return words.text("failure.database-unreachable", message);
            }
        }
        return words.text("failure.unexpected", root(failure));
    }

    /** A setting that does not fit its type (a time zone that does not exist): the setting, its value and where it was given. */
    private static String setting(ConfigurationProperty property, BindException bind, Words words) {
        Throwable root = root(bind);
        String why = root instanceof UserError ? SaidError.said(root, words) : root.getClass().getSimpleName() + ": " + root.getMessage();
        String where = where(property.getOrigin());
        return words.text("failure.setting", property.getName(), property.getValue(),
                where == null ? words.text("failure.setting.given") : where, why);
    }

    /** The file and line of a setting, as an editor opens it; or where else it came from (the command line); null when unknown. */
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
        return origin == null ? null : origin.toString();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
