package fi.kanta.render;

/**
 * A campaign template that cannot be rendered: its message names the template file and line. The
 * reason is the text {@code key} of console/messages with its values, so that {@code kanta validate}
 * and a run say it in the marketer's language ({@link #said}); the message is the English text, for
 * the log. Values quoted from the files (names, Thymeleaf's own reason) stay as written.
 */
public class TemplateProblem extends RenderProblem {

    TemplateProblem(String key, Object... args) {
        super(new Reason(key, args));
    }

    TemplateProblem(Throwable cause, String key, Object... args) {
        super(cause, new Reason(key, args));
    }
}
