package fi.kanta.console;

import java.util.Locale;

/**
 * What a console user may do; each role may do what the ones before it may. Pages ask for the least
 * role an action needs, e.g. {@code @PreAuthorize("hasRole('MARKETER')")}: the role hierarchy
 * ({@link ConsoleSecurity}) lets an ADMIN through too.
 */
public enum ConsoleRole {
    /** Reads: home, customers, campaigns, reports. */
    VIEWER,
    /** Acts on customers and campaigns: suppresses, imports, launches, exports. */
    MARKETER,
    /** Manages users and reads the audit. */
    ADMIN;

    /** The Spring Security authority, {@code ROLE_VIEWER} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role as the command line writes it: viewer, marketer, admin. */
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
