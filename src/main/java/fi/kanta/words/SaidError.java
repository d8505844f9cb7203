package fi.kanta.words;

import fi.kanta.UserError;
import java.time.ZoneOffset;

/**
 * A {@link UserError} found where the marketer's {@link Words} are not at hand (a command's check
 * of its arguments before Spring starts, a service that refuses): the text {@code key} of
 * console/messages with its values, said in the marketer's language when the command line prints
 * it ({@link #said}). Its message is the English text, for the log.
 */
public class SaidError extends UserError {

    private final String key;
    private final transient Object[] args;

    public SaidError(String key, Object... args) {
        super(Words.english(ZoneOffset.UTC).text(key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** The same, caused by {@code cause} (kept for the log). */
    public SaidError(Throwable cause, String key, Object... args) {
        super(Words.english(ZoneOffset.UTC).text(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** For a subclass that says itself: {@code english} is its message. */
    protected SaidError(String english, Throwable cause) {
        super(english, cause);
        this.key = null;
        this.args = new Object[0];
    }

    /** The error in {@code words}' language. */
    public String said(Words words) {
        return words.text(key, args);
    }

    /** What went wrong in {@code words}' language: a said error in it, any other as its own message. */
    public static String said(Throwable e, Words words) {
        return e instanceof SaidError said ? said.said(words) : e.getMessage();
    }
}
