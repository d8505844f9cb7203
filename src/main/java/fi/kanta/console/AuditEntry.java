package fi.kanta.console;

import java.time.LocalDateTime;

/**
 * One audit row as the audit page shows it.
 *
 * @param at       shop time
 * @param userId   null for a failed sign-in under a name no user has
 * @param userName the user's name now, null when there is no user of that id (removed, or none)
 */
public record AuditEntry(long id, LocalDateTime at, Long userId, String userName, String action, String subject) {
}
