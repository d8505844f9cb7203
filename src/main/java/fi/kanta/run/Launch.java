package fi.kanta.run;

import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.outbox.RecipientCounts;
import fi.kanta.selection.SelectionReport;
import fi.kanta.selection.SelectionResult;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.util.List;
import java.util.Optional;

/**
 * How a launch (or a resume) of a run went: the funnel the run recorded and where its recipients
 * stand (both empty before its outbox is written); {@code currency} is the shop's, which the letter
 * cost is in.
 */
public record Launch(Status status, Campaign campaign, String runKey, Optional<SelectionResult> result, UserError failure,
        List<RecipientCounts.Count> delivery, String currency) {

    /** What the run failed with, in English (for the log), or null when it did not fail. */
    public String problem() {
        return problem(Words.english(campaign.zone()));
    }

    /**
     * What the run failed with in {@code words}' language (the command line's marketer's, the
     * console user's who launched it, the alert's), or null when it did not fail.
     */
    public String problem(Words words) {
        return failure == null ? null : SaidError.said(failure, words);
    }

    /** How a launch went. */
    public enum Status {
        DONE, SELECTED, FAILED, ALREADY_DONE, ALREADY_RUNNING,
        /** Sent what it could, but some emails may not have arrived: resume with --resend-unconfirmed to send them again. */
        UNCONFIRMED
    }

    /** What happened, for the log: in English. */
    public String describe() {
        return describe(Words.english(campaign.zone()));
    }

    /** What happened, for the marketer, in the marketer's language: one line, then the funnel when the run recorded one. */
    public String describe(Words words) {
        String run = campaign.name() + "/" + runKey;
        String headline = switch (status) {
            case ALREADY_DONE -> words.text("launch.already-done", run);
            case ALREADY_RUNNING -> words.text("launch.already-running", run);
            case FAILED -> words.text("launch.failed", run, problem(words)) + System.lineSeparator() + words.text("launch.failed.again");
            case UNCONFIRMED -> words.text("launch.unconfirmed", run, problem(words));
            case DONE -> words.text("launch.done", run);
            case SELECTED -> words.text("launch.selected", run);
        };
        return headline + System.lineSeparator() + result.map(r -> SelectionReport.format(campaign, r, currency, words)).orElse("")
                + describeDelivery(words);
    }

    /** Where the run's recipients stand, per channel and status (in the marketer's words, as kanta status says them), and where its files are. */
    private String describeDelivery(Words words) {
        if (delivery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(words.text("launch.delivery") + System.lineSeparator());
        delivery.forEach(count -> out.append(String.format("    %-8s %-12s %10s%n", count.channel(),
                words.textOr("state." + count.status(), count.status()), words.number(count.customers()))));
        return out + words.text("launch.files", "out/" + campaign.name() + "/" + runKey + "/") + System.lineSeparator();
    }
}
