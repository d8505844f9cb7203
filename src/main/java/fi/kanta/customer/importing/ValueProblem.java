package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import java.time.ZoneOffset;

/**
 * Why a value of an import file cannot be read, as the text {@code key} of console/messages: the
 * row check says it in the marketer's words in the reject report ({@link RowCheck}); the message
 * is the English text, for code that shows the exception as it is.
 */
final class ValueProblem extends IllegalArgumentException {

    private static final Words ENGLISH = Words.english(ZoneOffset.UTC);

    private final String key;
    private final transient Object[] args;

    ValueProblem(String key, Object... args) {
        super(ENGLISH.text(key, args));
        this.key = key;
        this.args = args;
    }

    /** The reason in {@code words}' language. */
    String said(Words words) {
        return words.text(key, args);
    }

    /** The reason in {@code words}' language, whatever the parser threw ({@code e}'s own message when it is not one of these). */
    static String said(IllegalArgumentException e, Words words) {
        return e instanceof ValueProblem problem ? problem.said(words) : e.getMessage();
    }
}
