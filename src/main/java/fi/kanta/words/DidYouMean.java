package fi.kanta.words;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one was most likely meant to be: the nearest by edit distance (letters
 * added, dropped, changed or two neighbours swapped), if it is at most two edits away, no more than
 * one edit per three letters, and nearer than any other. "wni-back" finds "win-back", "valeu"
 * finds "value"; "some" finds nothing among "all, any, none".
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
        // a name as near to two others could be either; a short word a third changed could be any word
        return best == null || tie || bestEdits == 0 || bestEdits > Math.max(1, wanted.length() / 3) ? Optional.empty()
                : Optional.of(best);
    }

    /** {@code  (did you mean "win-back"?)}, or nothing when there is no close name. */
    public static String suffix(String given, Collection<String> known) {
        return suffix(given, known, Words.english(java.time.ZoneOffset.UTC));
    }

    /** The same in the marketer's words: Finnish {@code  (tarkoititko "win-back"?)}. */
    public static String suffix(String given, Collection<String> known, Words words) {
        return nearest(given, known).map(name -> words.text("did-you-mean", name)).orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, changes and swaps of neighbours, each one edit. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
