package fi.kanta.words;

import fi.kanta.SettingRefused;
import fi.kanta.UserError;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * The text {@code key.one} or {@code key.many} by {@code count} (as {@link Words#count}), the
     * count as its first value: "1 email failed", "3 emails failed".
     */
    public static SaidError counted(String key, long count, Object... more) {
        return new SaidError(Words.countKey(key, count), Words.withCount(count, more));
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
     * A value of a said error that is a text of its own, said in the same language as the error
     * (a list of reasons, "there are: a, b", a "did you mean").
     */
    @FunctionalInterface
    public interface Text {

        String said(Words words);

        /** The texts one after the other, {@code separator} between them: "a (empty); b (the demo's)". */
        static Text joined(String separator, List<? extends Text> texts) {
            List<Text> kept = List.copyOf(texts);
            return words -> kept.stream().map(text -> text.said(words)).collect(Collectors.joining(separator));
        }
    }

    /** A value that is the text {@code key} of console/messages with its values; its key null says nothing. */
    public record Part(String key, Object... args) implements Text {

        /** Nothing: a value left out. */
        public static final Part NONE = new Part(null);

        @Override
        public String said(Words words) {
            return key == null ? "" : SaidError.said(key, args, words);
        }
    }

    private static String said(String key, Object[] args, Words words) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Text text) {
                values[i] = text.said(words);
            }
        }
        return words.text(key, values);
    }

    /** What went wrong in {@code words}' language: a said error or a refused setting in it, any other as its own message. */
    public static String said(Throwable e, Words words) {
        if (e instanceof SettingRefused refused) {
            return words.text(refused.key(), refused.args());
        }
        return e instanceof SaidError said ? said.said(words) : e.getMessage();
    }
}
