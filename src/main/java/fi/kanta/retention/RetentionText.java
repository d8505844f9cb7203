package fi.kanta.retention;

import fi.kanta.words.Words;
import java.util.ArrayList;
import java.util.List;

/** What a retention pass did, in the marketer's language: a line per kind for the command, one line for serve's round. */
public final class RetentionText {

    private RetentionText() {
    }

    /** A line per kind, then whether the database was compacted (or that it was a dry run). */
    public static List<String> lines(Retention.Outcome outcome, Words words) {
        List<String> lines = new ArrayList<>();
        for (Retention.Expired kind : outcome.expired()) {
            String what = what(kind.what(), words);
            if (kind.keptForever()) {
                lines.add(words.text("retention.kept-forever", what));
            } else if (kind.problem() != null) {
                lines.add(words.text("retention.failed", what, kind.problem()));
            } else {
                long hours = kind.keptFor().toHours();
                // whole days are counted ("1 day"); a part of a day is a decimal, and a decimal takes the plural
                String kept = hours % 24 == 0 ? words.count("count.days", hours / 24)
                        : words.text("count.days.many", words.decimal(hours / 24.0, 1));
                lines.add(words.text(outcome.dryRun() ? "retention.would-remove" : "retention.removed", what, kind.count(), kept));
            }
        }
        if (outcome.dryRun()) {
            lines.add(words.text("retention.dry-run"));
        } else if (outcome.compacted()) {
            lines.add(words.text("retention.compacted"));
        }
        return lines;
    }

    /** One line for serve's round: the kinds that went, with their counts (and any that failed). */
    public static String summary(Retention.Outcome outcome, Words words) {
        List<String> parts = new ArrayList<>();
        for (Retention.Expired kind : outcome.expired()) {
            if (kind.problem() != null) {
                parts.add(words.text("retention.summary.failed", what(kind.what(), words)));
            } else if (kind.count() > 0) {
                parts.add(words.text("retention.summary.part", what(kind.what(), words), kind.count()));
            }
        }
        return parts.isEmpty() ? words.text("retention.summary.nothing")
                : words.text(outcome.compacted() ? "retention.summary.compacted" : "retention.summary", String.join(", ", parts));
    }

    private static String what(String what, Words words) {
        return words.textOr("retention.what." + what, what);
    }
}
