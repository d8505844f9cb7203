package fi.kanta.console;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;

/**
 * A user change that cannot be made, naming the field at fault: the command line says the text
 * {@code user.refused.<reason>} in the marketer's language ({@code name: ...}; its message is the
 * English one, for the log); the users page shows the text {@code console.users.<reason>} in the
 * signed-in user's language, with {@link #details()} as its arguments, beside the field.
 */
public class UserRefusal extends SaidError {

    private final String field;
    private final String reason;
    private final transient Object[] details;

    UserRefusal(String field, String reason, String english, Object... details) {
        super(field + ": " + english, (Throwable) null);
        this.field = field;
        this.reason = reason;
        this.details = details;
    }

    /** name, role, language or password. */
    public String field() {
        return field;
    }

    /** The text's key under {@code console.users.}: {@code name-taken}, {@code password-short}, ... */
    public String reason() {
        return reason;
    }

    public Object[] details() {
        return details.clone();
    }

    /** The first of the details (a template's one argument), or null. */
    public Object detail() {
        return details.length == 0 ? null : details[0];
    }

    /** The refusal as the command line says it: the field, then why, with the value given. */
    @Override
    public String said(Words words) {
        return words.text("user.refused." + reason, details);
    }
}
