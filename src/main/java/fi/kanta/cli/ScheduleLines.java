package fi.kanta.cli;

import fi.kanta.schedule.ScheduleDecision;
import fi.kanta.words.Words;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One scheduled campaign's decision in plain words, as {@code kanta schedule} and {@code kanta serve}
 * print it: what is sent now or why not, with times in the shop's zone, labelled, in the marketer's
 * language (Finnish {@code to 10.12. klo 15.30}).
 */
final class ScheduleLines {

    private final Words words;
    private final DateTimeFormatter time;

    ScheduleLines(Words words) {
        this.words = words;
        this.time = DateTimeFormatter.ofPattern(words.text("schedule.time"), words.locale());
    }

    /** {@code sendVerb}: the key of "would send" (kanta schedule) or "sending" (kanta serve). */
    String line(ScheduleDecision decision, String sendVerb) {
        String run = decision.runKey();
        return decision.name() + ": " + switch (decision.verdict()) {
            case SEND -> words.text("schedule.send", words.text(sendVerb), run, time(decision.firedAt().orElseThrow()), ago(decision.ago()));
            case TOO_LATE -> words.text("schedule.too-late", run, shortTime(decision.firedAt().orElseThrow()), ago(decision.ago()),
                    duration(decision.window())) + next(decision);
            case EDITED_AFTER -> words.text("schedule.edited-after", run, shortTime(decision.editedAt()),
                    shortTime(decision.firedAt().orElseThrow())) + next(decision);
            case STARTED -> words.text("schedule.started." + decision.period(), run) + next(decision);
            case NOT_YET -> words.text("schedule.not-yet." + decision.period()) + next(decision);
        };
    }

    private String next(ScheduleDecision decision) {
        return words.text("schedule.next", decision.next().map(this::time).orElse(words.text("schedule.never")));
    }

    private String time(ZonedDateTime at) {
        return time.format(at) + " " + at.getZone().getId();
    }

    /** Without the zone: the next time on the same line names it. */
    private String shortTime(ZonedDateTime at) {
        return time.format(at);
    }

    private String ago(Duration ago) {
        return ago.toMinutes() < 1 ? words.text("schedule.just-now") : words.text("schedule.ago", duration(ago));
    }

    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return words.text("schedule.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return minutes % 60 == 0 || minutes >= 600 ? words.text("schedule.hours", minutes / 60)
                    : words.text("schedule.hours-minutes", minutes / 60, minutes % 60);
        }
        return words.count("schedule.days", minutes / (24 * 60));
    }
}
