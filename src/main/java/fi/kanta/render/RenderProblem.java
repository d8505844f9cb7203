package fi.kanta.render;

import fi.kanta.UserError;
import fi.kanta.words.Words;

/**
 * A problem the marketer can fix in what rendering is given: a template, the brand or letter
 * settings. Its message is the English text, for the log; {@link #said} says it in the marketer's
 * language, as {@code kanta validate}, {@code preview}, a run and a failing start print it.
 */
public class RenderProblem extends UserError {

    private final transient Reason reason;

    RenderProblem(Reason reason) {
        super(reason.toString());
        this.reason = reason;
    }

    RenderProblem(Throwable cause, Reason reason) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    /** The problem in {@code words}' language. */
    public String said(Words words) {
        return reason.said(words);
    }

    /** What went wrong in {@code words}' language: a rendering problem said in it, any other as its own message. */
    public static String said(Throwable e, Words words) {
        return e instanceof RenderProblem problem ? problem.said(words) : e.getMessage();
    }
}
