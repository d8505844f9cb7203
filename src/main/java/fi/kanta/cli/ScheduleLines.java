package fi.kanta.cli;

import fi.kanta.schedule.ScheduleDecision;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One scheduled campaign's decision in plain words, as {@code kanta schedule} and {@code kanta serve}
 * print it: what is sent now or why not, with times in the shop's zone, labelled.
 */
final class ScheduleLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d.M. HH:mm", Locale.ENGLISH);

    private ScheduleLines() {
    }

    /** {@code sendVerb}: "would send" (kanta schedule) or "sending" (kanta serve). */
    static String line(ScheduleDecision decision, String sendVerb) {
        String run = decision.runKey();
        return decision.name() + ": " + switch (decision.verdict()) {
            case SEND -> sendVerb + " " + run + " now (due " + time(decision.firedAt().orElseThrow()) + ", " + ago(decision.ago()) + ")";
            case TOO_LATE -> "not sending " + run + ": it was due " + shortTime(decision.firedAt().orElseThrow()) + ", " + ago(decision.ago())
                    + ", more than the catch-up window (" + duration(decision.window()) + ", kanta.schedule.catch-up-window)" + next(decision);
            case EDITED_AFTER -> "not sending " + run + ": the definition was edited " + shortTime(decision.editedAt()) + ", after its time ("
                    + shortTime(decision.firedAt().orElseThrow()) + ")" + next(decision);
            case STARTED -> "this " + decision.period() + "'s run " + run + " has started (kanta status shows how it went)" + next(decision);
            case NOT_YET -> "nothing due yet this " + decision.period() + next(decision);
        };
    }

    private static String next(ScheduleDecision decision) {
        return "; next " + decision.next().map(ScheduleLines::time).orElse("never");
    }

    private static String time(ZonedDateTime at) {
        return TIME.format(at) + " " + at.getZone().getId();
    }

    /** Without the zone: the next time on the same line names it. */
    private static String shortTime(ZonedDateTime at) {
        return TIME.format(at);
    }

    private static String ago(Duration ago) {
        return ago.toMinutes() < 1 ? "just now" : duration(ago) + " ago";
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes % 60 == 0 || minutes >= 600 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
        }
        long days = minutes / (24 * 60);
        return days + " days";
    }
}
