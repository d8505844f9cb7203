package fi.kanta.cli;

import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.unit.DataSize;

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
        String why = root instanceof UserError ? SaidError.said(root, words) : reason(bind, property.getName().toString(), words)
                .orElse(root.getClass().getSimpleName() + ": " + root.getMessage());
        String where = where(property.getOrigin(), words);
        return words.text("failure.setting", property.getName(), property.getValue(),
                where == null ? words.text("failure.setting.given") : where, why);
    }

    /**
     * What the setting takes, said plainly (a whole number, a time zone such as Europe/Helsinki, a
     * duration such as 10m), by the type it binds to; Spring's own text ("Failed to convert from
     * type [java.lang.String] to ...") says nothing a marketer can use. Empty for a type with no words.
     */
    private static Optional<String> reason(BindException bind, String name, Words words) {
        if (name.endsWith(".language") || name.endsWith(".default-language")) {
            return Optional.of(words.text("failure.setting.takes.language"));
        }
        Class<?> type = null;
        for (Throwable cause = bind; cause != null && type == null; cause = cause.getCause()) {
            if (cause instanceof ConversionFailedException failed) {
                TypeDescriptor target = failed.getTargetType();
                type = target.isCollection() && target.getElementTypeDescriptor() != null
                        ? target.getElementTypeDescriptor().getObjectType() : target.getObjectType();
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return Optional.of(words.text("failure.setting.takes.choice", Arrays.stream(type.getEnumConstants())
                    .map(choice -> ((Enum<?>) choice).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "))));
        }
        String takes = type == Integer.class || type == Long.class || type == Short.class ? "whole-number"
                : Number.class.isAssignableFrom(type) ? "number"
                : type == ZoneId.class || ZoneId.class.isAssignableFrom(type) ? "time-zone"
                : type == Duration.class ? "duration"
                : type == LocalTime.class ? "time"
                : type == LocalDate.class ? "date"
                : type == Boolean.class ? "yes-no"
                : type == Locale.class ? "language"
                : type == DataSize.class ? "size"
                : type == URI.class || type == URL.class ? "web-address"
                : type.getName().endsWith(".InternetAddress") ? "email-address"
                : null;
        return Optional.ofNullable(takes).map(kind -> words.text("failure.setting.takes." + kind));
    }

    /** The file and line of a setting, as an editor opens it; or where else it came from (the command line); null when unknown. */
    private static String where(Origin origin, Words words) {
        for (Origin at = origin; at != null; at = at instanceof PropertySourceOrigin source ? source.getOrigin() : at.getParent()) {
            if (at instanceof PropertySourceOrigin source) {
                // Spring's names of the command line and the environment, said in the marketer's words
                switch (source.getPropertySource().getName()) {
                    case "commandLineArgs" -> {
                        return words.text("failure.setting.command-line");
                    }
                    case "systemEnvironment" -> {
                        return words.text("failure.setting.environment");
                    }
                    default -> {
                    }
                }
            }
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
