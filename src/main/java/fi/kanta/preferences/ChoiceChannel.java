package fi.kanta.preferences;

import java.util.List;

/**
 * The channels a customer turns on and off on their page, as consent rows name them
 * (docs/architecture.md "The customer's own choices"): email offers and the newsletter are opt-in
 * (no row: no), letters and feedback questions opt-out (no row: yes).
 */
public enum ChoiceChannel {
    EMAIL("email", false, true), NEWSLETTER("newsletter", false, true), LETTER("letter", true, false),
    FEEDBACK("feedback", true, false);

    /** What "no offers at all" withdraws: every channel that carries marketing (feedback questions ask, they do not sell). */
    public static final List<ChoiceChannel> MARKETING = List.of(EMAIL, NEWSLETTER, LETTER);

    private final String id;
    private final boolean optOut;
    private final boolean byEmail;

    ChoiceChannel(String id, boolean optOut, boolean byEmail) {
        this.id = id;
        this.optOut = optOut;
        this.byEmail = byEmail;
    }

    /** The {@code consent.channel} value. */
    public String id() {
        return id;
    }

    boolean optOut() {
        return optOut;
    }

    /** Reaches the customer's email address: turning it on needs the address's owner to confirm (a one-time code). */
    public boolean byEmail() {
        return byEmail;
    }

    /** Whether a newest consent row (null: none) lets this channel reach the customer. */
    boolean allows(Boolean newestGranted) {
        return newestGranted == null ? optOut : newestGranted;
    }
}
