package fi.kanta.editorial;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One save of an editorial, as kept.
 *
 * @param savedBy      the console user's name, if the user still exists
 * @param restoredFrom the version it restored, if it was a restore
 * @param appliedAt    when it was written into the templates; empty while it waits for its week
 */
public record EditorialVersion(long id, Editorial editorial, LocalDateTime savedAt, Optional<String> savedBy,
        Optional<Long> restoredFrom, Optional<LocalDateTime> appliedAt) {
}
