package fi.kanta.render;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * Finds the recipients whose name or address the letter font cannot print (a CJK name, an emoji in
 * a street), by asking the font files' own character maps. Run before letters are sent: the print
 * house would otherwise receive boxes or blanks where a name should be.
 */
public final class GlyphCheck {

    /** The fields a letter prints from the model, as {@code map.key}. */
    static final List<String> PRINTED = List.of("customer.firstName", "customer.lastName", "customer.fullName",
            "customer.street", "customer.postalCode", "customer.city", "offer.favouriteCategory");

    /** Customer data is printed in the regular and the bold face; a character must be in both. */
    private static final List<CmapLookup> FACES = List.of(
            LetterFonts.characterMap(LetterFonts.Face.REGULAR), LetterFonts.characterMap(LetterFonts.Face.BOLD));
    private static final Map<Integer, Boolean> PRINTABLE = new ConcurrentHashMap<>();

    /**
     * One recipient's field with characters the font lacks.
     *
     * @param externalId the customer's id from the import
     * @param field      e.g. {@code customer.lastName}
     * @param characters the characters, each with its code point, e.g. {@code 山 (U+5C71), 田 (U+7530)}
     */
    public record Problem(String externalId, String field, String characters) {
    }

    private GlyphCheck() {
    }

    /** Every printed field of every model with a character the letter font has no glyph for. */
    public static List<Problem> unprintable(Iterable<? extends Map<String, ?>> models) {
        List<Problem> problems = new ArrayList<>();
        for (Map<String, ?> model : models) {
            for (String field : PRINTED) {
                String value = value(model, field);
                Set<Integer> missing = value == null ? Set.of() : missing(value);
                if (!missing.isEmpty()) {
                    problems.add(new Problem(String.valueOf(value(model, "customer.externalId")), field, describe(missing)));
                }
            }
        }
        return problems;
    }

    /** Which recipients, which fields, which characters, in the marketer's words: {@code customer C-2, customer.lastName: 山 (U+5C71); …}. */
    public static String describe(List<Problem> problems, Words words) {
        return described(problems).said(words);
    }

    /** The same, said in the language of the error it is a value of (the run's refusal on the console, in the user's). */
    public static SaidError.Text described(List<Problem> problems) {
        return SaidError.Text.joined("; ", problems.stream()
                .map(p -> new SaidError.Part("run.check.unprintable.field", p.externalId(), p.field(), p.characters())).toList());
    }

    static boolean printable(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || PRINTABLE.computeIfAbsent(codePoint, c -> FACES.stream().allMatch(face -> face.getGlyphId(c) != 0));
    }

    private static Set<Integer> missing(String value) {
        Set<Integer> missing = new LinkedHashSet<>();
        value.codePoints().filter(c -> !printable(c)).forEach(missing::add);
        return missing;
    }

    private static String describe(Set<Integer> codePoints) {
        return codePoints.stream()
                // a control character shows as nothing: its code point alone names it
                .map(c -> Character.isISOControl(c) ? String.format("U+%04X", c) : String.format("%s (U+%04X)", Character.toString(c), c))
                .collect(Collectors.joining(", "));
    }

    private static String value(Map<String, ?> model, String field) {
        int dot = field.indexOf('.');
        Object map = model.get(field.substring(0, dot));
        Object value = map instanceof Map<?, ?> m ? m.get(field.substring(dot + 1)) : null;
        return value == null ? null : value.toString();
    }
}
