package fi.kanta.report;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.delivery.Refusal;
import fi.kanta.selection.FunnelStage;
import fi.kanta.shop.MoneySettings;
import fi.kanta.words.SaidError;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads a run's results from the database: the funnel the selection recorded, the outbox's
 * statuses, unsubscribes after the send, and each recipient's net purchases in the window after
 * the run, summed per group and channel by the database (one row per group and channel comes back,
 * however many recipients there are).
 */
@Component
public class RunResults {

    private static final String ALL = "all";

    private final JdbcTemplate jdbc;
    private final MoneySettings money;
    private final ReportSettings settings;

    public RunResults(JdbcTemplate jdbc, MoneySettings money, ReportSettings settings) {
        this.jdbc = jdbc;
        this.money = money;
        this.settings = settings;
    }

    /** The days measured when the command line does not say. */
    public int defaultWindowDays() {
        return settings.windowDays();
    }

    /** The run's report with a window of {@code windowDays} from its selection; {@code now} decides whether the window is over. */
    public RunReport report(Campaign campaign, String runKey, int windowDays, LocalDateTime now) {
        List<Map<String, Object>> runs = jdbc.queryForList("SELECT id, selected_at FROM campaign_run WHERE campaign = ? AND run_key = ?",
                campaign.name(), runKey);
        if (runs.isEmpty()) {
            throw new SaidError("run.none", campaign.name() + "/" + runKey);
        }
        long runId = ((Number) runs.get(0).get("id")).longValue();
        LocalDateTime selectedAt = ((Timestamp) runs.get(0).get("selected_at")).toLocalDateTime();
        LocalDateTime windowEnd = selectedAt.plusDays(windowDays);

        DeliveryCounts delivery = delivery(runId, selectedAt);
        BigDecimal letterCost = campaign.channel(ChannelType.LETTER).flatMap(Campaign.Channel::cost).orElse(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(delivery.lettersPrinted()));
        BigDecimal sendingCost = settings.costPerEmail().multiply(BigDecimal.valueOf(delivery.emailsSent()));
        Map<String, BigDecimal> costs = Map.of(ALL, letterCost.add(sendingCost), ChannelType.LETTER.id(), letterCost,
                ChannelType.EMAIL.id(), sendingCost);
        List<Comparison> comparisons = comparisons(runId, selectedAt, windowEnd, costs);
        return new RunReport(campaign.name(), runKey, selectedAt, windowDays, windowEnd, !now.isBefore(windowEnd), funnel(runId),
                delivery, letterCost, sendingCost, comparisons, money.baseCurrency(), clicks(runId),
                rewards(campaign, runId, selectedAt, windowEnd));
    }

    /** The run's clicks per link, readers' and scanners' apart (an erased customer's went with them). */
    private ClickCounts clicks(long runId) {
        List<ClickCounts.LinkClicks> links = jdbc.query("SELECT link, COUNT(*) FROM click WHERE run_id = ? AND suspect = FALSE"
                + " GROUP BY link ORDER BY COUNT(*) DESC, link", (row, n) -> new ClickCounts.LinkClicks(row.getString(1), row.getLong(2)),
                runId);
        Long messages = jdbc.queryForObject("SELECT COUNT(DISTINCT customer_id) FROM click WHERE run_id = ? AND suspect = FALSE",
                Long.class, runId);
        Long suspect = jdbc.queryForObject("SELECT COUNT(*) FROM click WHERE run_id = ? AND suspect = TRUE", Long.class, runId);
        return new ClickCounts(messages == null ? 0 : messages, links.stream().mapToLong(ClickCounts.LinkClicks::clicks).sum(),
                suspect == null ? 0 : suspect, links);
    }

    private List<FunnelCount> funnel(long runId) {
        return jdbc.query("SELECT stage, channel, customers FROM campaign_funnel WHERE run_id = ?",
                (row, n) -> new FunnelCount(row.getString(1), row.getString(2), row.getLong(3)), runId).stream()
                .sorted(java.util.Comparator.comparingInt((FunnelCount row) -> funnelOrder(row.stage())).thenComparing(FunnelCount::channel))
                .toList();
    }

    /** The segment, then the stages in the order they remove customers, then what is left. */
    private static int funnelOrder(String stage) {
        return switch (stage) {
            case "segment" -> -1;
            case "target" -> 100;
            case "holdout" -> 101;
            default -> java.util.Arrays.stream(FunnelStage.values()).filter(s -> s.id().equals(stage)).findFirst()
                    .map(Enum::ordinal).orElse(99);
        };
    }

    private DeliveryCounts delivery(long runId, LocalDateTime selectedAt) {
        Map<String, Long> byStatus = new HashMap<>();
        long[] sentByChannel = new long[2];
        jdbc.query("SELECT status, channel, COUNT(*) FROM campaign_recipient WHERE run_id = ? AND recipient_group = 'TARGET'"
                + " GROUP BY status, channel", row -> {
                    byStatus.merge(row.getString(1), row.getLong(3), Long::sum);
                    if ("SENT".equals(row.getString(1))) {
                        sentByChannel[ChannelType.LETTER.id().equals(row.getString(2)) ? 0 : 1] += row.getLong(3);
                    }
                }, runId);
        // an unsubscribe link withdraws the consent with this source (docs/architecture.md "Consent and suppression")
        Long unsubscribed = jdbc.queryForObject("SELECT COUNT(DISTINCT c.customer_id) FROM consent c JOIN campaign_recipient r"
                + " ON r.customer_id = c.customer_id AND r.run_id = ? AND r.recipient_group = 'TARGET'"
                + " WHERE c.granted = FALSE AND c.source = 'unsubscribe-link' AND c.given_at > ?", Long.class, runId,
                Timestamp.valueOf(selectedAt));
        Long resent = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND resent = TRUE",
                Long.class, runId);
        return new DeliveryCounts(byStatus.getOrDefault("PENDING", 0L) + byStatus.getOrDefault("SENDING", 0L),
                byStatus.getOrDefault("SENT", 0L), byStatus.getOrDefault("PRINTED", 0L), byStatus.getOrDefault("BOUNCED", 0L), byStatus.getOrDefault("WITHDRAWN", 0L),
                byStatus.getOrDefault("UNCONFIRMED", 0L), byStatus.getOrDefault("FAILED", 0L), sentByChannel[0], sentByChannel[1],
                unsubscribed == null ? 0 : unsubscribed, resent == null ? 0 : resent, answers(runId));
    }

    /** The server's answers to the messages that did not go, one line per cause, most frequent first (at most five). */
    private List<DeliveryCounts.ServerAnswer> answers(long runId) {
        Map<String, Long> byReply = new HashMap<>();
        jdbc.query("SELECT detail, COUNT(*) FROM campaign_recipient WHERE run_id = ? AND recipient_group = 'TARGET'"
                + " AND status IN ('FAILED', 'BOUNCED', 'UNCONFIRMED') AND detail IS NOT NULL GROUP BY detail",
                row -> {
                    byReply.merge(Refusal.withoutAddresses(row.getString(1)), row.getLong(2), Long::sum);
                }, runId);
        return byReply.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(5)
                .map(e -> new DeliveryCounts.ServerAnswer(e.getKey(), e.getValue())).toList();
    }

    /** What one group of recipients with one value of the column did: holdout or target, the value, the outcome. */
    private interface Outcomes {
        void add(boolean holdout, String value, GroupOutcome outcome);
    }

    /**
     * The run's recipients per group and per value of {@code column} (a column of the outbox row
     * {@code r}, from this class only): each recipient's net amount in the window first (refunds count
     * against it), then summed by the database. The amount is a subquery per recipient by the purchases'
     * customer index, so the plan is the same whatever the statistics say: a join planned while a run's
     * fresh rows were not yet analysed ran the purchases' aggregate once per recipient (minutes at
     * 20,000 recipients over 10,000,000 purchases on PostgreSQL).
     */
    private void outcomes(String column, long runId, Timestamp start, Timestamp end, Outcomes outcomes) {
        jdbc.query("SELECT recipient_group, grouped, COUNT(*), SUM(CASE WHEN revenue > 0 THEN 1 ELSE 0 END),"
                + " COALESCE(SUM(revenue), 0), COALESCE(SUM(revenue * revenue), 0)"
                + " FROM (SELECT r.recipient_group, " + column + " AS grouped, (SELECT SUM(p.amount_base) FROM purchase p"
                + " WHERE p.customer_id = r.customer_id AND p.purchased_at >= ? AND p.purchased_at < ?) AS revenue"
                + " FROM campaign_recipient r WHERE r.run_id = ?) recipients GROUP BY recipient_group, grouped ORDER BY grouped",
                (RowCallbackHandler) row -> outcomes.add("HOLDOUT".equals(row.getString(1)), row.getString(2),
                        new GroupOutcome(row.getLong(3), row.getLong(4), row.getBigDecimal(5), row.getBigDecimal(6))), start, end, runId);
    }

    /**
     * Each reward of the run's offer (as the run kept it) with its targets and holdout, in the
     * definition's order; none for an offer of one reward. A row without a reward (selected before
     * rewards) counts for the last, as its message did.
     */
    private List<RunReport.RewardOutcome> rewards(Campaign campaign, long runId, LocalDateTime from, LocalDateTime until) {
        if (campaign.offer().isEmpty() || campaign.offer().get().rewards().size() < 2) {
            return List.of();
        }
        Campaign.Offer offer = campaign.offer().get();
        Map<Integer, GroupOutcome> targets = new HashMap<>();
        Map<Integer, GroupOutcome> holdouts = new HashMap<>();
        outcomes("r.reward", runId, Timestamp.valueOf(from), Timestamp.valueOf(until), (holdout, reward, outcome) ->
                (holdout ? holdouts : targets).merge(offer.reward(reward == null ? null : Integer.valueOf(reward)).number(), outcome,
                        GroupOutcome::plus));
        return offer.rewards().stream().map(reward -> new RunReport.RewardOutcome(reward.number(), reward.discount(),
                reward.signal() == Campaign.RewardSignal.EVERYONE_ELSE ? ""
                        : reward.signal().id() + ": " + String.join(", ", reward.categories()),
                targets.getOrDefault(reward.number(), GroupOutcome.NONE), holdouts.getOrDefault(reward.number(), GroupOutcome.NONE)))
                .toList();
    }

    /** "all" first, then each channel of the run. */
    private List<Comparison> comparisons(long runId, LocalDateTime from, LocalDateTime until, Map<String, BigDecimal> costs) {
        Map<String, GroupOutcome> targets = new LinkedHashMap<>();
        Map<String, GroupOutcome> holdouts = new LinkedHashMap<>();
        targets.put(ALL, GroupOutcome.NONE);
        holdouts.put(ALL, GroupOutcome.NONE);
        Timestamp start = Timestamp.valueOf(from);
        Timestamp end = Timestamp.valueOf(until);
        outcomes("r.channel", runId, start, end, (holdout, channel, outcome) -> {
            Map<String, GroupOutcome> group = holdout ? holdouts : targets;
            group.merge(channel, outcome, GroupOutcome::plus);
            group.merge(ALL, outcome, GroupOutcome::plus);
        });
        Map<String, Long> redeemed = new HashMap<>();
        for (ChannelType channel : ChannelType.values()) {
            // an uncorrelated IN list: one pass over the purchases, whichever customer used the code (a code may be passed on)
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM purchase p WHERE p.purchased_at >= ? AND p.purchased_at < ?"
                    + " AND p.amount_base > 0 AND p.offer_code IN (SELECT offer_code FROM campaign_recipient WHERE run_id = ?"
                    + " AND channel = ? AND offer_code IS NOT NULL)", Long.class, start, end, runId, channel.id());
            redeemed.put(channel.id(), count == null ? 0 : count);
            redeemed.merge(ALL, count == null ? 0 : count, Long::sum);
        }
        List<String> labels = new ArrayList<>(targets.keySet());
        holdouts.keySet().stream().filter(label -> !labels.contains(label)).forEach(labels::add);
        return labels.stream().map(label -> new Comparison(label, targets.getOrDefault(label, GroupOutcome.NONE),
                holdouts.getOrDefault(label, GroupOutcome.NONE), redeemed.getOrDefault(label, 0L),
                costs.getOrDefault(label, BigDecimal.ZERO))).toList();
    }
}
