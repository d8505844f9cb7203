package fi.kanta.console.campaigns;

import java.time.LocalDateTime;

/**
 * A console launch waiting for a second marketer ({@code kanta.console.launch-approval=true}).
 *
 * @param askedById the user who asked (may not decide it)
 * @param askedBy   their name, empty when the user was removed
 */
public record PendingLaunch(long id, String campaign, String runKey, long askedById, String askedBy, LocalDateTime askedAt) {

    public String run() {
        return campaign + "/" + runKey;
    }
}
