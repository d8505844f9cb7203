package fi.kanta.campaign;

import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import fi.kanta.segment.SegmentSql;
import fi.kanta.segment.Source;
import fi.kanta.words.SaidError;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A campaign definition from {@code jobs/<name>.yml}: whom to select, how, and through which
 * channels. One generic engine runs every campaign; this record is all that differs.
 */
public record Campaign(
        String name,
        String description,
        Kind kind,
        Period period,
        ZoneId zone,
        Segment segment,
        Selection selection,
        double holdout,
        List<Channel> channels,
        Optional<Offer> offer,
        Optional<Schedule> schedule,
        List<String> exportColumns,
        Path file) {

    private static final Pattern RUN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** What the campaign is for; decides the frequency-cap defaults (docs/architecture.md "Frequency cap"). */
    public enum Kind {
        WIN_BACK("win-back", true), SALES("sales", true), SERVICE_RECOVERY("service-recovery", true),
        NEWSLETTER("newsletter", false), FEEDBACK("feedback", false);

        private final String id;
        private final boolean salesLike;

        Kind(String id, boolean salesLike) {
            this.id = id;
            this.salesLike = salesLike;
        }

        public String id() {
            return id;
        }

        /** Sales-like campaigns count toward and obey the frequency cap by default. */
        public boolean salesLike() {
            return salesLike;
        }
    }

    /** Selection rules. */
    public record Selection(FrequencyCap frequencyCap, SegmentField rankBy, OptionalInt maxRecipients,
            Optional<BigDecimal> letterBudget) {
    }

    /** Whether this campaign's messages count toward the cap, whether it obeys it, and over how many days. */
    public record FrequencyCap(boolean counts, boolean obeys, int days) {
    }

    /** One channel, in order of preference; {@code when} limits whom it is for. */
    public record Channel(ChannelType type, String template, fi.kanta.customer.ContactRules.ConsentChannel consent,
            Optional<BigDecimal> cost, Optional<fi.kanta.segment.Filter> when) {
    }

    /**
     * The personal offer: voucher codes {@code PREFIX-XXXX-XXXX-XXXX-XXXX}, validity, and the rewards
     * in the definition's order, one chosen per customer at the selection (the first whose condition
     * the customer meets; the last has none: it is for everyone else). An offer written with a single
     * {@code discount} has one reward, for everyone.
     */
    public record Offer(String codePrefix, int validDays, List<Reward> rewards) {

        public Offer {
            rewards = List.copyOf(rewards);
        }

        /** The reward for everyone else, and for every customer who chose "do not profile me": the last. */
        public Reward fallback() {
            return rewards.get(rewards.size() - 1);
        }

        /**
         * The reward an outbox row records by its number (1 is the first); the fallback for a row
         * without one (selected before rewards existed).
         */
        public Reward reward(Integer number) {
            return number == null || number < 1 || number > rewards.size() ? fallback() : rewards.get(number - 1);
        }
    }

    /**
     * One reward of an offer: whom it is for and the discount text the templates show. {@code line} is
     * where the definition lists it (for {@code kanta validate}'s warnings).
     */
    public record Reward(int number, RewardSignal signal, List<String> categories, String discount, int line) {

        public Reward {
            categories = List.copyOf(categories);
        }
    }

    /**
     * What chooses a reward for a customer: the same signals the picks read, never for a customer who
     * chose "do not profile me" (they get the last reward).
     */
    public enum RewardSignal {
        /** Their favourite category (the score snapshot's) is one of the reward's. */
        FAVOURITE_CATEGORY("favourite-category"),
        /** They said on their preferences page they care about one of the reward's categories. */
        INTERESTED_IN("interested-in"),
        /** Their best product pick (from what people who bought what they bought also bought) is in one of the reward's categories. */
        TOP_PICK_IN("top-pick-in"),
        /** No condition: everyone the earlier rewards did not take. */
        EVERYONE_ELSE("");

        private final String id;

        RewardSignal(String id) {
            this.id = id;
        }

        /** The key a definition writes, e.g. {@code favourite-category}. */
        public String id() {
            return id;
        }
    }

    /** When {@code kanta serve} launches the campaign. */
    public record Schedule(String cron, ZoneId zone) {
    }

    /** The same campaign over another segment (a preview narrows it to one customer). */
    public Campaign withSegment(Segment other) {
        return new Campaign(name, description, kind, period, zone, other, selection, holdout, channels, offer, schedule,
                exportColumns, file);
    }

    /** The run key for a launch now (or the one given, checked). */
    public String runKey(ZonedDateTime now, String given) {
        if (given == null) {
            return period.runKey(now.withZoneSameInstant(zone));
        }
        if (!RUN_KEY.matcher(given).matches()) {
            throw new SaidError("run.key.invalid", given);
        }
        return given;
    }

    /**
     * Whether the customer's profile chose whom the run reaches: its segment or a channel's
     * {@code when} reads a score field or clicks, or a score ranking decides who is cut by the maximum or the
     * letter budget. A customer who chooses "do not profile me" after such a run's selection is not
     * sent its message (docs/architecture.md "The customer's own choices").
     */
    public boolean choosesByProfile() {
        boolean ranked = selection.rankBy().source() == Source.SCORE
                && (selection.maxRecipients().isPresent() || selection.letterBudget().isPresent());
        return ranked || readsProfile(segment.filter()) || channels.stream()
                .anyMatch(channel -> channel.when().map(Campaign::readsProfile).orElse(false));
    }

    private static boolean readsProfile(fi.kanta.segment.Filter filter) {
        return SegmentSql.sources(filter).contains(Source.SCORE) || SegmentSql.readsClicks(filter);
    }

    public Optional<Channel> channel(ChannelType type) {
        return channels.stream().filter(c -> c.type() == type).findFirst();
    }
}
