package fi.kanta.retention;

import java.time.Duration;
import java.util.List;

/**
 * Something Kanta keeps for a while and then removes: rows of a table (or their personal values), or
 * files under {@code out/} and {@code inbox/}. A feature that keeps such things registers a bean of
 * this type; the nightly retention ({@link Retention}) asks each one, in turn, for what is older
 * than its period. Implementations remove only what nothing still needs (README "Retention").
 */
public interface ExpiringRows {

    /**
     * What these are, a short name such as {@code run-folders}: the marketer reads it through the
     * words {@code retention.what.<name>} (console/messages*.properties), or as it is without them.
     */
    String what();

    /** How long they are kept; zero (or negative) keeps them for ever and {@link Retention} does not ask. */
    Duration keptFor();

    /** How many would go with this cutoff (the dry run): nothing is changed. */
    long countOlderThan(Cutoff cutoff);

    /** Removes (or clears the personal values of) those older than the cutoff; how many. */
    long removeOlderThan(Cutoff cutoff);

    /** The tables it changes: PostgreSQL vacuums them afterwards (HSQLDB rewrites its whole file). */
    default List<String> tables() {
        return List.of();
    }
}
