package fi.kanta.render;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;

/**
 * A problem the marketer can fix in what rendering is given: a template, the brand or letter
 * settings. Its message is the English text, for the log; {@link #said} says it in the marketer's
 * language, as {@code kanta validate}, {@code preview}, a run and a failing start print it.
 */
public class RenderProblem extends SaidError {

    private final transient Reason reason;

    RenderProblem(Reason reason) {
        this(null, reason);
    }

    RenderProblem(Throwable cause, Reason reason) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    /** The problem in {@code words}' language. */
    @Override
    public String said(Words words) {
        return reason.said(words);
    }
}
