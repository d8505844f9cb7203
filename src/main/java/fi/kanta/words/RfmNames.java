package fi.kanta.words;

import java.util.Locale;

/**
 * The RFM segments' names in the reader's language. A segment's identifier ({@code Champions},
 * {@code Can't lose them}) is what campaign and segment definitions write ({@code rfm_segment in
 * [Champions, Loyal]}) and what the score rows and exports hold, so it never changes with the
 * language; where a person reads it, it is shown by the text {@code rfm.segment.<key>}, the key
 * the identifier in lower case with its words joined by hyphens ({@code cant-lose-them}). A
 * segment of a table of the shop's own that has no text is shown as its identifier.
 */
public final class RfmNames {

    private RfmNames() {
    }

    /** The text key of a segment's name: {@code rfm.segment.potential-loyalist}. */
    public static String key(String segment) {
        String words = segment.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-");
        return "rfm.segment." + words.replaceAll("^-|-$", "");
    }

    /**
     * The segment as the command line writes it: the name in the marketer's language with the
     * identifier that definitions use after it ({@code Mestarit (Champions)}), the identifier alone
     * where the two are the same (English).
     */
    public static String withIdentifier(String segment, Words words) {
        String name = words.textOr(key(segment), segment);
        return name.equals(segment) ? segment : name + " (" + segment + ")";
    }
}
