package fi.kanta.console;

import java.time.LocalDateTime;

/**
 * A console user as {@code kanta user list} and the users page show them (never the password hash).
 *
 * @param id       the internal id the audit names them by
 * @param language fi, sv or en: the console speaks it
 * @param created  in shop time
 */
public record ConsoleUser(long id, String name, ConsoleRole role, String language, LocalDateTime created, boolean disabled) {
}
