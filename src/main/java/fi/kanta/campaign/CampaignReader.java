package fi.kanta.campaign;

import fi.kanta.campaign.Campaign.Channel;
import fi.kanta.campaign.Campaign.FrequencyCap;
import fi.kanta.campaign.Campaign.Kind;
import fi.kanta.campaign.Campaign.Offer;
import fi.kanta.campaign.Campaign.Reward;
import fi.kanta.campaign.Campaign.RewardSignal;
import fi.kanta.campaign.Campaign.Schedule;
import fi.kanta.campaign.Campaign.Selection;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.definition.YamlNode;
import fi.kanta.segment.FieldType;
import fi.kanta.segment.FilterReader;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/**
 * Reads one campaign definition and checks it completely; every mistake names the file, the line
 * and the field and says what is allowed. jobs/README.md "Writing a campaign" explains each field.
 */
final class CampaignReader {

    private static final Set<String> TOP = Set.of("name", "description", "kind", "period", "time-zone", "segment",
            "selection", "holdout", "channels", "offer", "schedule", "export");
    private static final Set<String> SELECTION = Set.of("frequency-cap", "rank-by", "max-recipients", "letter-budget");
    private static final Set<String> CAP = Set.of("counts", "obeys", "days");
    private static final Set<String> CHANNEL = Set.of("type", "template", "consent", "cost", "when");
    private static final Set<String> OFFER = Set.of("code-prefix", "discount", "valid-days", "rewards");
    private static final Set<String> REWARD = Set.of("favourite-category", "interested-in", "top-pick-in", "discount");
    /** What an outbox row keeps of a reward's discount text. */
    private static final int DISCOUNT_MAX = 100;
    private static final Set<String> SCHEDULE = Set.of("cron", "zone");
    private static final Set<String> EXPORT = Set.of("columns");
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?");
    private static final Pattern CODE_PREFIX = Pattern.compile("[A-Z0-9]{1,8}");
    private static final int DEFAULT_CAP_DAYS = 14;

    private final Function<String, Segment> namedSegments;
    private final ZoneId shopZone;
    private final Set<String> exportColumns;
    /** The marketer's: every mistake is said in them. */
    private final Words words;

    CampaignReader(Function<String, Segment> namedSegments, ZoneId shopZone, Set<String> exportColumns, Words words) {
        this.namedSegments = namedSegments;
        this.shopZone = shopZone;
        this.exportColumns = exportColumns;
        this.words = words;
    }

    Campaign read(Path file, Path shownAs) {
        return read(YamlNode.read(file, shownAs, words), file.getFileName().toString(), shownAs);
    }

    /** The text of {@code jobs/<name>.yml} (read once, or kept with a run), read as the file would be. */
    Campaign read(String text, Path shownAs) {
        return read(YamlNode.read(text, shownAs, words), shownAs.getFileName().toString(), shownAs);
    }

    /**
     * Reads every part on its own, so that one mistake does not hide the next: {@code kanta validate}
     * lists every mistake in the file at once, then the file is refused as a whole.
     */
    private Campaign read(YamlNode given, String fileName, Path shownAs) {
        YamlNode root = given.collectingMistakes();
        Map<String, YamlNode> map = root.attempt(() -> root.map(TOP), Map.of());
        String name = root.attempt(() -> name(root, map, fileName), null);
        Kind kind = root.attempt(() -> enumValue(root.required(map, "kind"), Kind.values(), Kind::id), null);
        Optional<Schedule> schedule = root.attempt(() -> YamlNode.optional(map, "schedule").map(this::schedule), Optional.empty());
        ZoneId zone = root.attempt(() -> YamlNode.optional(map, "time-zone").map(CampaignReader::zone)
                .orElse(schedule.map(Schedule::zone).orElse(shopZone)), shopZone);
        List<Channel> channels = root.attempt(() -> channels(root.required(map, "channels")), List.of());
        Period period = root.attempt(() -> enumValue(root.required(map, "period"), Period.values(), Period::id), null);
        Segment segment = root.attempt(() -> segment(root.required(map, "segment"), name), null);
        // without a kind the frequency cap's default is unknown: the rest of the selection is still checked
        Selection selection = root.attempt(() -> selection(map.get("selection"), kind == null ? Kind.values()[0] : kind, channels), null);
        double holdout = root.attempt(() -> root.required(map, "holdout").fraction(), 0.0);
        Optional<Offer> offer = root.attempt(() -> YamlNode.optional(map, "offer").map(CampaignReader::offer), Optional.empty());
        List<String> export = root.attempt(() -> YamlNode.optional(map, "export").map(this::exportColumns).orElse(List.of()), List.of());
        root.throwMistakes();
        return new Campaign(
                name,
                YamlNode.optional(map, "description").map(YamlNode::text).orElse(""),
                kind,
                period,
                zone,
                segment,
                selection,
                holdout,
                channels,
                offer,
                schedule,
                export,
                shownAs);
    }

    private static String name(YamlNode root, Map<String, YamlNode> map, String fileName) {
        YamlNode nameNode = root.required(map, "name");
        String name = nameNode.text();
        String expected = fileName.replaceFirst("\\.ya?ml$", "");
        if (!NAME.matcher(name).matches() || !name.equals(expected)) {
            throw nameNode.mistake("campaign.definition.name", expected);
        }
        return name;
    }

    private Segment segment(YamlNode node, String campaign) {
        if (node.isScalar()) {
            try {
                return namedSegments.apply(node.text());
            } catch (RuntimeException e) { // an unknown segment: said in the file's reader's words
                throw node.error(SaidError.said(e, node.words()));
            }
        }
        return new Segment(campaign, "", FilterReader.group(node, Set.of()));
    }

    private static Selection selection(YamlNode node, Kind kind, List<Channel> channels) {
        Map<String, YamlNode> map = node == null ? Map.of() : node.map(SELECTION);
        FrequencyCap cap = YamlNode.optional(map, "frequency-cap").map(CampaignReader::cap)
                .orElse(new FrequencyCap(kind.salesLike(), kind.salesLike(), DEFAULT_CAP_DAYS));
        SegmentField rankBy = YamlNode.optional(map, "rank-by").map(CampaignReader::rankBy).orElse(SegmentField.CLV_12M);
        OptionalInt max = YamlNode.optional(map, "max-recipients").map(n -> OptionalInt.of(n.integer(1, 100_000_000)))
                .orElse(OptionalInt.empty());
        Optional<BigDecimal> budget = YamlNode.optional(map, "letter-budget").map(CampaignReader::money);
        if (budget.isPresent() && channels.stream().noneMatch(c -> c.type() == ChannelType.LETTER)) {
            throw map.get("letter-budget").mistake("campaign.definition.letter-budget");
        }
        return new Selection(cap, rankBy, max, budget);
    }

    private static FrequencyCap cap(YamlNode node) {
        Map<String, YamlNode> map = node.map(CAP);
        return new FrequencyCap(node.required(map, "counts").bool(), node.required(map, "obeys").bool(),
                YamlNode.optional(map, "days").map(d -> d.integer(1, 366)).orElse(DEFAULT_CAP_DAYS));
    }

    private static SegmentField rankBy(YamlNode node) {
        return SegmentField.of(node.text()).filter(f -> f.type() == FieldType.NUMBER).orElseThrow(() -> node.mistake(
                "campaign.definition.rank-by", String.join(", ", Arrays.stream(SegmentField.values())
                        .filter(f -> f.type() == FieldType.NUMBER).map(SegmentField::id).toList())));
    }

    private static List<Channel> channels(YamlNode node) {
        List<Channel> channels = new ArrayList<>();
        Set<ChannelType> seen = EnumSet.noneOf(ChannelType.class);
        for (YamlNode item : node.list()) {
            item.attempt(() -> channel(item, seen), Optional.<Channel>empty()).ifPresent(channels::add);
        }
        if (channels.isEmpty() && node.list().isEmpty()) {
            throw node.mistake("campaign.definition.no-channel");
        }
        return List.copyOf(channels);
    }

    private static Optional<Channel> channel(YamlNode item, Set<ChannelType> seen) {
        Map<String, YamlNode> map = item.map(CHANNEL);
        YamlNode typeNode = item.required(map, "type");
        ChannelType type = enumValue(typeNode, ChannelType.values(), ChannelType::id);
        if (!seen.add(type)) {
            throw typeNode.mistake("campaign.definition.channel-twice", type.id());
        }
        YamlNode template = item.required(map, "template");
        if (!TEMPLATE.matcher(template.text()).matches()) {
            throw template.mistake("campaign.definition.template");
        }
        ConsentChannel consent = YamlNode.optional(map, "consent").map(c -> consent(c, type)).orElse(type.defaultConsent());
        Optional<BigDecimal> cost = YamlNode.optional(map, "cost").map(CampaignReader::money);
        if (cost.isPresent() && type != ChannelType.LETTER) {
            throw map.get("cost").mistake("campaign.definition.cost");
        }
        return Optional.of(new Channel(type, template.text(), consent, cost,
                YamlNode.optional(map, "when").map(w -> FilterReader.group(w, Set.of()))));
    }

    private static ConsentChannel consent(YamlNode node, ChannelType type) {
        List<String> allowed = Arrays.stream(ConsentChannel.values()).filter(ConsentChannel::campaignChannel)
                .filter(c -> c.byEmail() == (type == ChannelType.EMAIL))
                .map(ConsentChannel::id).toList();
        return ConsentChannel.of(node.oneOf(allowed));
    }

    private static Offer offer(YamlNode node) {
        Map<String, YamlNode> map = node.map(OFFER);
        YamlNode prefix = node.required(map, "code-prefix");
        if (!CODE_PREFIX.matcher(prefix.text()).matches()) {
            throw prefix.mistake("campaign.definition.code-prefix");
        }
        int validDays = node.required(map, "valid-days").integer(1, 366);
        YamlNode rewards = map.get("rewards");
        if (rewards == null) {
            return new Offer(prefix.text(), validDays, List.of(new Reward(1, RewardSignal.EVERYONE_ELSE, List.of(),
                    discount(node.required(map, "discount")), node.line())));
        }
        if (map.containsKey("discount")) {
            throw map.get("discount").mistake("campaign.definition.discount-and-rewards");
        }
        return new Offer(prefix.text(), validDays, rewards(rewards));
    }

    /**
     * The rewards in the definition's order, each checked on its own (every mistake is listed); the
     * last, and only the last, has no condition: it is the default for everyone else.
     */
    private static List<Reward> rewards(YamlNode node) {
        List<YamlNode> items = node.list();
        if (items.isEmpty()) {
            throw node.mistake("campaign.definition.rewards.none");
        }
        List<Reward> rewards = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            int number = i + 1;
            Reward reward = item.attempt(() -> reward(item, number), null);
            if (reward != null) {
                rewards.add(reward);
            }
        }
        for (Reward reward : rewards) {
            if (reward.signal() == RewardSignal.EVERYONE_ELSE && reward.number() < items.size()) {
                YamlNode item = items.get(reward.number() - 1);
                item.<Void>attempt(() -> {
                    throw item.mistake("campaign.definition.rewards.default-not-last");
                }, null);
            }
        }
        // a last reward that did not read has its own mistake already
        Reward last = rewards.isEmpty() ? null : rewards.get(rewards.size() - 1);
        if (last != null && last.number() == items.size() && last.signal() != RewardSignal.EVERYONE_ELSE) {
            throw items.get(items.size() - 1).mistake("campaign.definition.rewards.no-default");
        }
        return List.copyOf(rewards);
    }

    private static Reward reward(YamlNode item, int number) {
        Map<String, YamlNode> map = item.map(REWARD);
        // in the file's order, so that a second condition is the one named
        List<RewardSignal> given = map.keySet().stream().flatMap(key -> Arrays.stream(RewardSignal.values())
                .filter(signal -> signal.id().equals(key))).toList();
        if (given.size() > 1) {
            throw map.get(given.get(1).id()).mistake("campaign.definition.rewards.two-conditions",
                    given.get(0).id(), given.get(1).id());
        }
        String discount = discount(item.required(map, "discount"));
        if (given.isEmpty()) {
            return new Reward(number, RewardSignal.EVERYONE_ELSE, List.of(), discount, item.line());
        }
        YamlNode categories = map.get(given.get(0).id());
        List<String> names = categories.isList() ? categories.list().stream().map(YamlNode::text).toList() : List.of(categories.text());
        if (names.isEmpty()) {
            throw categories.mistake("campaign.definition.rewards.no-category");
        }
        return new Reward(number, given.get(0), names, discount, categories.line());
    }

    /** A discount text, as the templates show it ("20 %", "5 €", "free delivery"). */
    private static String discount(YamlNode node) {
        String text = node.text();
        if (text.length() > DISCOUNT_MAX || text.chars().anyMatch(Character::isISOControl)) {
            throw node.mistake("campaign.definition.discount", DISCOUNT_MAX);
        }
        return text;
    }

    private Schedule schedule(YamlNode node) {
        Map<String, YamlNode> map = node.map(SCHEDULE);
        YamlNode cron = node.required(map, "cron");
        try {
            CronExpression.parse(cron.text());
        } catch (IllegalArgumentException e) {
            throw cron.mistake("campaign.definition.cron", e.getMessage());
        }
        return new Schedule(cron.text(), YamlNode.optional(map, "zone").map(CampaignReader::zone).orElse(shopZone));
    }

    private List<String> exportColumns(YamlNode node) {
        Map<String, YamlNode> map = node.map(EXPORT);
        List<String> columns = new ArrayList<>();
        for (YamlNode column : node.required(map, "columns").list()) {
            if (!exportColumns.contains(column.text())) {
                throw column.mistake("campaign.definition.export-column", String.join(", ", new java.util.TreeSet<>(exportColumns)));
            }
            columns.add(column.text());
        }
        return List.copyOf(columns);
    }

    private static ZoneId zone(YamlNode node) {
        try {
            return ZoneId.of(node.text());
        } catch (DateTimeException e) {
            throw node.mistake("campaign.definition.time-zone");
        }
    }

    private static BigDecimal money(YamlNode node) {
        BigDecimal value = node.decimal();
        if (value.signum() < 0) {
            throw node.mistake("campaign.definition.negative");
        }
        return value;
    }

    private static <E> E enumValue(YamlNode node, E[] values, Function<E, String> id) {
        List<String> ids = Arrays.stream(values).map(id).toList();
        String chosen = node.oneOf(ids);
        return values[ids.indexOf(chosen)];
    }
}
