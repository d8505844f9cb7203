package fi.kanta.campaign;

import java.util.Optional;

/**
 * One file of {@code jobs/} as {@code kanta validate} reports it: the campaign it defines (none for
 * the segments file), or what is wrong with it, naming file and line.
 */
public record CheckedDefinition(String file, Optional<Campaign> campaign, Optional<String> error) {

    static CheckedDefinition valid(String file) {
        return new CheckedDefinition(file, Optional.empty(), Optional.empty());
    }

    static CheckedDefinition of(String file, Campaign campaign) {
        return new CheckedDefinition(file, Optional.of(campaign), Optional.empty());
    }

    static CheckedDefinition invalid(String file, String error) {
        return new CheckedDefinition(file, Optional.empty(), Optional.of(error));
    }

    /** The same definition found wrong by a later check (its templates). */
    CheckedDefinition failing(String problem) {
        return new CheckedDefinition(file, campaign, Optional.of(problem));
    }
}
