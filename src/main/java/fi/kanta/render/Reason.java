package fi.kanta.render;

import fi.kanta.words.Words;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Why something cannot be rendered, kept as the text {@code key} of console/messages with its
 * values until the marketer's language is known. A value may itself be a reason (a message's
 * mistake inside "message 'x' in file: …"), or a list of names, said as "a or b".
 */
final class Reason {

    private static final Words ENGLISH = Words.english(ZoneOffset.UTC);

    private final String key;
    private final Object[] args;

    Reason(String key, Object... args) {
        this.key = key;
        this.args = args.clone();
    }

    String said(Words words) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Reason reason ? reason.said(words)
                    : args[i] instanceof List<?> names ? either(names, words) : args[i];
        }
        return words.text(key, values);
    }

    private static String either(List<?> names, Words words) {
        String said = String.valueOf(names.get(0));
        for (Object name : names.subList(1, names.size())) {
            said = words.text("render.either", said, name);
        }
        return said;
    }

    /** In English, for the log and for code that has no words. */
    @Override
    public String toString() {
        return said(ENGLISH);
    }
}
