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
        super(said(key, args, Words.english(ZoneOffset.UTC)));
        this.key = key;
        this.args = args.clone();
    }

    /** The same, caused by {@code cause} (kept for the log). */
    public SaidError(Throwable cause, String key, Object... args) {
        super(said(key, args, Words.english(ZoneOffset.UTC)), cause);
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
        return said(key, args, words);
    }

    /**
     * A value of a said error that is a text of its own ({@code there are: a, b}, a "did you mean"),
     * said in the same language as the error; its key null says nothing.
     */
    public record Part(String key, Object... args) {

        /** Nothing: a value left out. */
        public static final Part NONE = new Part(null);

        public String said(Words words) {
            return key == null ? "" : SaidError.said(key, args, words);
        }
    }

    private static String said(String key, Object[] args, Words words) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Part part) {
                values[i] = part.said(words);
            }
        }
        return words.text(key, values);
    }

    /** What went wrong in {@code words}' language: a said error in it, any other as its own message. */
    public static String said(Throwable e, Words words) {
        return e instanceof SaidError said ? said.said(words) : e.getMessage();
    }
}
