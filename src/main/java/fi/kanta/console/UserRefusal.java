package fi.kanta.console;

import fi.kanta.UserError;

/**
 * A user change that cannot be made, naming the field at fault: the command line prints its English
 * message ({@code name: ...}); the users page shows the text {@code console.users.<reason>} in the
 * signed-in user's language, with {@link #details()} as its arguments, beside the field.
 */
public class UserRefusal extends UserError {

    private final String field;
    private final String reason;
    private final transient Object[] details;

    UserRefusal(String field, String reason, String english, Object... details) {
        super(field + ": " + english);
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
}
