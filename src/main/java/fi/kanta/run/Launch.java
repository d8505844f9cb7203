package fi.kanta.run;

import fi.kanta.campaign.Campaign;
import fi.kanta.outbox.RecipientCounts;
import fi.kanta.selection.SelectionReport;
import fi.kanta.selection.SelectionResult;
import java.util.List;
import java.util.Optional;

/**
 * How a launch (or a resume) of a run went: the funnel the run recorded and where its recipients
 * stand (both empty before its outbox is written); {@code currency} is the shop's, which the letter
 * cost is in.
 */
public record Launch(Status status, Campaign campaign, String runKey, Optional<SelectionResult> result, String problem,
        List<RecipientCounts.Count> delivery, String currency) {

    /** How a launch went. */
    public enum Status {
        DONE, SELECTED, FAILED, ALREADY_DONE, ALREADY_RUNNING,
        /** Sent what it could, but some emails may not have arrived: resume with --resend-unconfirmed to send them again. */
        UNCONFIRMED
    }

    /** What happened, for the marketer: one line, then the funnel when the run recorded one. */
    public String describe() {
        String run = campaign.name() + "/" + runKey;
        String headline = switch (status) {
            case ALREADY_DONE -> run + " has already run; a run happens once (use --run-key to start another)";
            case ALREADY_RUNNING -> run + " is running in another process";
            case FAILED -> run + " failed: " + problem + System.lineSeparator()
                    + "Fix the cause and run the same command again to resume it.";
            case UNCONFIRMED -> run + ": sent, but " + problem;
            case DONE -> run + ": done";
            case SELECTED -> run + ": recipients selected into the outbox, nothing sent yet; send with: kanta resume " + run;
        };
        return headline + System.lineSeparator() + result.map(r -> SelectionReport.format(campaign, r, currency)).orElse("")
                + describeDelivery();
    }

    /** Where the run's recipients stand, per channel and status, and where its files are. */
    private String describeDelivery() {
        if (delivery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("  delivery (channel, status, customers):" + System.lineSeparator());
        delivery.forEach(count -> out.append(String.format("    %-8s %-12s %,10d%n", count.channel(), count.status(), count.customers())));
        return out + "  files: out/" + campaign.name() + "/" + runKey + "/" + System.lineSeparator();
    }
}
