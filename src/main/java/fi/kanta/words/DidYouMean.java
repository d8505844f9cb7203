package fi.kanta.words;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one was most likely meant to be: the nearest by edit distance
 * (Levenshtein: letters added, dropped or changed), if it is at most two edits away and nearer
 * than any other. "wni-back" finds "win-back"; "shoes" finds nothing among "clv_12m, p_alive".
 */
public final class DidYouMean {

    /** More edits than this and the guess is more often wrong than helpful. */
    private static final int MOST_EDITS = 2;

    private DidYouMean() {
    }

    /** The known name {@code given} was probably meant to be, compared without case. */
    public static Optional<String> nearest(String given, Collection<String> known) {
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = MOST_EDITS + 1;
        boolean tie = false;
        for (String name : known) {
            int edits = edits(wanted, name.toLowerCase(Locale.ROOT));
            if (edits < bestEdits) {
                best = name;
                bestEdits = edits;
                tie = false;
            } else if (edits == bestEdits) {
                tie = true;
            }
        }
        // a name one edit from two others could be either; a single letter or two is too short to guess from
        return best == null || tie || bestEdits >= Math.max(1, wanted.length()) || bestEdits == 0 ? Optional.empty() : Optional.of(best);
    }

    /** {@code  (did you mean "win-back"?)}, or nothing when there is no close name. */
    public static String suffix(String given, Collection<String> known) {
        return nearest(given, known).map(name -> " (did you mean \"" + name + "\"?)").orElse("");
    }

    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
