package fi.kanta.render;

import fi.kanta.UserError;
import fi.kanta.words.Words;
import java.time.ZoneOffset;

/**
 * A campaign template that cannot be rendered: its message names the template file and line. The
 * reason is the text {@code key} of console/messages with its values, so that {@code kanta validate}
 * and a run say it in the marketer's language ({@link #said}); the message is the English text, for
 * the log. Values quoted from the files (names, Thymeleaf's own reason) stay as written.
 */
public class TemplateProblem extends UserError {

    private static final Words ENGLISH = Words.english(ZoneOffset.UTC);

    private final String key;
    private final transient Object[] args;

    TemplateProblem(String key, Object... args) {
        super(ENGLISH.text(key, args));
        this.key = key;
        this.args = args;
    }

    TemplateProblem(Throwable cause, String key, Object... args) {
        super(ENGLISH.text(key, args), cause);
        this.key = key;
        this.args = args;
    }

    /** The problem in {@code words}' language. */
    public String said(Words words) {
        return words.text(key, args);
    }

    /** What went wrong in {@code words}' language: a template's problem said in it, any other as its own message. */
    public static String said(RuntimeException e, Words words) {
        return e instanceof TemplateProblem problem ? problem.said(words) : e.getMessage();
    }
}
