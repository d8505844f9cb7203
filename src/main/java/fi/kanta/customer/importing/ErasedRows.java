package fi.kanta.customer.importing;

import fi.kanta.customer.ErasedPeople;
import fi.kanta.words.Words;
import java.time.LocalDate;

/**
 * The import's look at the erasures (docs/architecture.md "Erasure"): the hashes loaded once per
 * import, and the reason a row about an erased person is rejected with, in the marketer's language.
 */
final class ErasedRows {

    /** For imports that check nothing (tests of the row checks alone). */
    static final ErasedRows NONE = new ErasedRows(null, null);

    private final ErasedPeople.Known known;
    private final Words words;

    ErasedRows(ErasedPeople.Known known, Words words) {
        this.known = known;
        this.words = words;
    }

    /** The reason to reject a row whose value (of this kind) is an erased person's, or null. */
    String reason(ErasedPeople.Kind kind, String value) {
        if (known == null || known.isEmpty()) {
            return null;
        }
        LocalDate day = known.erasedOn(kind, value);
        return day == null ? null : words.text("import.erased", words.date(day));
    }
}
