package fi.kanta.preferences;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a customer chose on their page: the channels that may reach them, the purchase categories
 * they care about, at most how many campaign messages in 30 days (null: no limit of their own), the
 * language to be written in (null: as imported), no offers at all, and no profiling.
 */
public record Choices(Set<ChoiceChannel> channels, SortedSet<String> interests, Integer maxPer30Days, String language,
        boolean noOffers, boolean noProfiling) {

    /** The limits the page offers; null is "no limit". */
    public static final List<Integer> LIMITS = List.of(4, 2, 1);
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    public Choices {
        channels = channels.isEmpty() ? EnumSet.noneOf(ChoiceChannel.class) : EnumSet.copyOf(channels);
        interests = new TreeSet<>(interests);
        if (maxPer30Days != null && !LIMITS.contains(maxPer30Days)) {
            throw new IllegalArgumentException("how often: one of " + LIMITS + " or no limit, not " + maxPer30Days);
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language: one of " + LANGUAGES + ", not " + language);
        }
        Objects.requireNonNull(channels);
    }

    public boolean allows(ChoiceChannel channel) {
        return channels.contains(channel);
    }

    /** The same choices without one channel (e.g. no more letters), everything else as it was. */
    public Choices without(ChoiceChannel channel) {
        Set<ChoiceChannel> left = EnumSet.noneOf(ChoiceChannel.class);
        left.addAll(channels);
        left.remove(channel);
        return new Choices(left, interests, maxPer30Days, language, noOffers, noProfiling);
    }

    /** The same choices with no offers at all: every marketing channel off. */
    public Choices withNoOffers() {
        Set<ChoiceChannel> left = EnumSet.noneOf(ChoiceChannel.class);
        left.addAll(channels);
        ChoiceChannel.MARKETING.forEach(left::remove);
        return new Choices(left, interests, maxPer30Days, language, true, noProfiling);
    }
}
