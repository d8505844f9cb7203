package fi.kanta.selection;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaign.Channel;
import fi.kanta.campaign.CampaignSettings;
import fi.kanta.campaign.RewardChoice;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.RunCounts;
import fi.kanta.sql.SelectionDialect;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.customer.CustomerChoices;
import fi.kanta.segment.CustomerQuery;
import fi.kanta.segment.SegmentField;
import fi.kanta.segment.SegmentSql;
import fi.kanta.segment.Source;
import fi.kanta.selection.SelectionResult.Groups;
import fi.kanta.selection.SelectionResult.Sample;
import fi.kanta.sql.Sql;
import fi.kanta.sql.Vendor;
import fi.kanta.words.SaidError;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses a run's recipients (docs/architecture.md "Selection"): the segment's members go into a working
 * table in ranking order with, per member, the first stage that removes them (consent, suppression,
 * frequency cap, already in this run); then set-based statements remove duplicates per mailbox and
 * household, apply the letter budget (falling back to the next channel) and the maximum, and the
 * rest is written to the outbox with one INSERT … SELECT. The holdout is drawn by {@link Holdout}
 * and recorded, never contacted. Everything happens in one transaction: a dry run rolls it back,
 * a run commits the outbox whole or not at all.
 */
@Component
public class RecipientSelection {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecipientSelection.class);
    private static final double GOLD = 0.1;
    private static final double SILVER = 0.4;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CustomerQuery customers;
    private final SelectionDialect dialect;
    private final CampaignSettings settings;

    public RecipientSelection(JdbcTemplate jdbc, PlatformTransactionManager transactions, CustomerQuery customers,
            DataSource dataSource, CampaignSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.customers = customers;
        this.dialect = SelectionDialect.of(Vendor.of(dataSource));
        this.settings = settings;
    }

    /** The whole selection, then rolled back: nothing is written anywhere. */
    public SelectionResult dryRun(Campaign campaign, String runKey, LocalDateTime now) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return select(campaign, runKey, now, false);
        });
    }

    /** Selects and writes the outbox (joins the caller's transaction, e.g. a step's). */
    public SelectionResult write(Campaign campaign, String runKey, LocalDateTime now) {
        return transaction.execute(status -> select(campaign, runKey, now, true));
    }

    private SelectionResult select(Campaign campaign, String runKey, LocalDateTime now, boolean write) {
        long start = System.nanoTime();
        List<SaidError.Part> warnings = new ArrayList<>();
        Optional<LocalDate> scoreDate = customers.newestScoreDate();
        SegmentField rankBy = rankBy(campaign, scoreDate, now.toLocalDate(), warnings);
        OptionalLong existingRun = runId(campaign, runKey);

        Timings timings = new Timings();
        dialect.prepare(jdbc);
        update(candidates(campaign, runKey, now, scoreDate, rankBy, existingRun.orElse(-1)));
        dialect.analyze(jdbc);
        timings.lap("candidates");
        removeDuplicates();
        timings.lap("duplicates");
        applyLetterBudget(campaign);
        applyMaximum(campaign);
        // the budget and the maximum changed most rows: fresh statistics let the outbox join the
        // scores of the kept few by index instead of hashing every score
        dialect.analyze(jdbc);
        timings.lap("budget and maximum");

        Map<FunnelStage, Long> removed = new EnumMap<>(FunnelStage.class);
        Map<ChannelType, Groups> channels = new EnumMap<>(ChannelType.class);
        long members = count(removed, channels);
        BigDecimal letterCost = SelectionResult.letterCost(campaign, channels);
        List<Sample> samples = samples();
        timings.lap("counts and samples");
        OptionalLong runId = OptionalLong.empty();
        if (write) {
            long id = existingRun.isPresent() ? existingRun.getAsLong() : newRun(campaign, runKey, now, scoreDate, rankBy);
            writeOutbox(campaign, id, now, scoreDate, members - removed.values().stream().mapToLong(Long::longValue).sum());
            RunCounts.recount(jdbc, id); // the run's kept counts, in the selection's transaction
            writeFunnel(id, members, removed, channels);
            runId = OptionalLong.of(id);
            timings.lap("outbox");
        }
        LOG.info("selection {}/{} ({} members{}): {}", campaign.name(), runKey, members, write ? "" : ", dry run", timings);
        return new SelectionResult(campaign.name(), runKey, members, removed, channels, letterCost, samples, warnings,
                runId, (System.nanoTime() - start) / 1_000_000);
    }

    private SegmentField rankBy(Campaign campaign, Optional<LocalDate> scoreDate, LocalDate today, List<SaidError.Part> warnings) {
        SegmentField rankBy = campaign.selection().rankBy();
        if (scoreDate.isEmpty()) {
            if (rankBy.source() == Source.SCORE) {
                warnings.add(new SaidError.Part("selection.warning.no-scores", rankBy.id()));
                return SegmentField.PURCHASE_TOTAL;
            }
        } else if (ChronoUnit.DAYS.between(scoreDate.get(), today) > settings.maxScoreAgeDays()) {
            LocalDate scored = scoreDate.get();
            warnings.add(new SaidError.Part("selection.warning.old-scores", (SaidError.Text) words -> words.date(scored),
                    settings.maxScoreAgeDays()));
        }
        return rankBy;
    }

    private OptionalLong runId(Campaign campaign, String runKey) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class,
                campaign.name(), runKey);
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }

    /** Every segment member, in ranking order, with the first stage that removes it and its channels. */
    private Sql candidates(Campaign campaign, String runKey, LocalDateTime now, Optional<LocalDate> scoreDate,
            SegmentField rankBy, long runId) {
        LocalDate today = now.toLocalDate();
        Set<Source> sources = EnumSet.copyOf(SegmentSql.sources(campaign.segment().filter()));
        sources.add(rankBy.source());
        campaign.channels().forEach(c -> c.when().ifPresent(w -> sources.addAll(SegmentSql.sources(w))));

        sources.add(Source.PREFERENCE);

        // "do not profile me": no value to rank by (0, like a customer without scores), and among
        // those the run's own draw rather than the customer number (docs/architecture.md "Selection")
        Sql member = Sql.of("SELECT c.id AS customer_id, CASE WHEN " + CustomerChoices.NOT_PROFILED + " THEN 0 ELSE COALESCE(")
                .plus(rankBy.sql()).plus(", 0) END AS value, CASE WHEN " + CustomerChoices.NOT_PROFILED + " THEN ")
                .plus(Holdout.rankDraw(campaign.name(), runKey)).plus(" ELSE 0 END AS draw");
        List<Channel> channels = campaign.channels();
        // a feedback question also needs the customer's feedback choice (opt-out), beside the channel's consent
        Sql feedback = campaign.kind() == Campaign.Kind.FEEDBACK
                ? Sql.of(" AND ").plus(ContactRules.consented(ConsentChannel.FEEDBACK)) : Sql.of("");
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            Sql when = channel.when().map(w -> Sql.of(" AND (").plus(SegmentSql.where(w, today)).plus(")")).orElse(Sql.of(""));
            member = member.plus(", CASE WHEN " + ContactRules.hasAddress(channel.consent()) + " AND ")
                    .plus(ContactRules.consented(channel.consent())).plus(feedback).plus(when).plus(" THEN 1 ELSE 0 END AS a" + i)
                    .plus(", CASE WHEN ").plus(ContactRules.suppressedByList(channel.consent())).plus(" THEN 1 ELSE 0 END AS s" + i)
                    .plus(", CASE WHEN ").plus(ContactRules.onRobinsonList(channel.consent())).plus(" THEN 1 ELSE 0 END AS r" + i)
                    .plus(", " + ContactRules.addressKey(channel.consent()) + " AS k" + i);
        }
        // a new run (id -1) has nobody in it yet: no set to build and probe a million times
        Sql inRun = runId < 0 ? Sql.of("0") : Sql.of("CASE WHEN c.id IN (SELECT r.customer_id FROM campaign_recipient r"
                + " WHERE r.run_id = ?) THEN 1 ELSE 0 END", runId);
        // the customer's own "how often" limits the runs that add to it: those that count for the cap
        Sql ownLimit = campaign.selection().frequencyCap().counts()
                ? Sql.of("CASE WHEN ").plus(CustomerChoices.overOwnLimit(today, runId)).plus(" THEN 1 ELSE 0 END") : Sql.of("0");
        member = member.plus(", CASE WHEN " + CustomerChoices.NO_OFFERS + " THEN 1 ELSE 0 END AS no_offers")
                .plus(", ").plus(frequencyCapped(campaign, today)).plus(" AS capped")
                .plus(", ").plus(ownLimit).plus(" AS own_limit")
                .plus(", ").plus(inRun).plus(" AS in_run")
                .plus(", CASE WHEN ").plus(new Holdout(campaign.name(), runKey, campaign.holdout()).sql()).plus(" THEN 1 ELSE 0 END AS h")
                .plus(CustomerQuery.from(sources, scoreDate))
                .plus(" WHERE ").plus(SegmentSql.where(campaign.segment().filter(), today));

        List<String> allowed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> openButRegister = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            allowed.add("a" + i);
            open.add("a" + i + " * (1 - s" + i + ") * (1 - r" + i + ")");
            openButRegister.add("a" + i + " * (1 - s" + i + ")");
        }
        // every CASE has a VARCHAR branch: HSQLDB types a CASE of literals only as CHAR, padded with spaces
        String stage = "CASE WHEN no_offers = 1 THEN '" + FunnelStage.NO_OFFERS.id() + "'"
                + " WHEN " + String.join(" + ", allowed) + " = 0 THEN '" + FunnelStage.CONSENT.id() + "'"
                // the register's own stage when the shop's list alone would have left a channel open
                + " WHEN " + String.join(" + ", open) + " = 0 AND " + String.join(" + ", openButRegister) + " > 0 THEN '"
                + FunnelStage.ROBINSON.id() + "'"
                + " WHEN " + String.join(" + ", open) + " = 0 THEN '" + FunnelStage.SUPPRESSION.id() + "'"
                + " WHEN capped = 1 THEN '" + FunnelStage.FREQUENCY_CAP.id() + "'"
                + " WHEN own_limit = 1 THEN '" + FunnelStage.OWN_LIMIT.id() + "'"
                + " WHEN in_run = 1 THEN '" + FunnelStage.ALREADY_IN_RUN.id() + "' ELSE CAST(NULL AS VARCHAR(20)) END";
        return Sql.of("INSERT INTO campaign_candidate (customer_id, value, stage, channel, address_key, next_channel,"
                + " next_address_key, holdout) SELECT customer_id, value, " + stage
                + ", " + firstOpen(channels, 0, true) + ", " + firstOpen(channels, 0, false)
                + ", " + nextOpen(channels, true) + ", " + nextOpen(channels, false)
                + ", (h = 1) FROM (").plus(member).plus(dialect.fence() + ") x ORDER BY value DESC, draw, customer_id");
    }

    /** 1 when the campaign obeys the cap and a counting campaign contacted the customer within its days. */
    private static Sql frequencyCapped(Campaign campaign, LocalDate today) {
        if (!campaign.selection().frequencyCap().obeys()) {
            return Sql.of("0");
        }
        LocalDateTime since = today.minusDays(campaign.selection().frequencyCap().days()).atStartOfDay();
        // an uncorrelated set, computed once (see ContactRules)
        return Sql.of("CASE WHEN c.id IN (SELECT r.customer_id FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                + " WHERE u.counts_for_cap = TRUE AND u.selected_at >= ? AND r.status <> 'WITHDRAWN') THEN 1 ELSE 0 END",
                Timestamp.valueOf(since));
    }

    /** The first open channel from {@code from} on: its id, or its address key. */
    private static String firstOpen(List<Channel> channels, int from, boolean id) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = from; i < channels.size(); i++) {
            sql.append(" WHEN a").append(i).append(" = 1 AND s").append(i).append(" = 0 AND r").append(i).append(" = 0 THEN ")
                    .append(id ? "CAST('" + channels.get(i).type().id() + "' AS VARCHAR(10))" : "k" + i);
        }
        return sql.append(" ELSE CAST(NULL AS VARCHAR(450)) END").toString();
    }

    /** The open channel after the first one: where a letter over budget falls back to. */
    private static String nextOpen(List<Channel> channels, boolean id) {
        if (channels.size() == 1) {
            return "CAST(NULL AS VARCHAR(450))";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < channels.size() - 1; i++) {
            sql.append(" WHEN a").append(i).append(" = 1 AND s").append(i).append(" = 0 AND r").append(i).append(" = 0 THEN ")
                    .append(firstOpen(channels, i + 1, id));
        }
        return sql.append(" ELSE CAST(NULL AS VARCHAR(450)) END").toString();
    }

    /**
     * One message per mailbox, one letter per household: of the members sharing a channel and an
     * address key, the best-ranked stays (see {@link SelectionDialect#removeDuplicates()}).
     */
    private void removeDuplicates() {
        jdbc.update(dialect.removeDuplicates(), FunnelStage.DUPLICATE.id());
    }

    /**
     * Letters go to the best-ranked until the budget is spent; counted over targets only, so
     * holdout members between them are treated alike. The rest fall back to their next channel.
     */
    private void applyLetterBudget(Campaign campaign) {
        Optional<BigDecimal> budget = campaign.selection().letterBudget();
        Optional<BigDecimal> cost = campaign.channel(ChannelType.LETTER).flatMap(Channel::cost);
        if (budget.isEmpty() || cost.isEmpty() || cost.get().signum() == 0) {
            return;
        }
        long letters = budget.get().divideToIntegralValue(cost.get()).longValue();
        Optional<Long> firstOver = rankingAfter(" AND channel = 'letter'", letters);
        if (firstOver.isEmpty()) {
            return;
        }
        String over = " WHERE stage IS NULL AND channel = 'letter' AND ranking >= ?";
        jdbc.update("UPDATE campaign_candidate SET stage = ?" + over + " AND next_channel IS NULL", FunnelStage.BUDGET.id(), firstOver.get());
        jdbc.update("UPDATE campaign_candidate SET channel = next_channel, address_key = next_address_key, next_channel = NULL,"
                + " next_address_key = NULL" + over, firstOver.get());
        removeDuplicates();
    }

    private void applyMaximum(Campaign campaign) {
        if (campaign.selection().maxRecipients().isEmpty()) {
            return;
        }
        rankingAfter("", campaign.selection().maxRecipients().getAsInt()).ifPresent(firstOver -> jdbc.update(
                "UPDATE campaign_candidate SET stage = ? WHERE stage IS NULL AND ranking >= ?", FunnelStage.MAX_RECIPIENTS.id(), firstOver));
    }

    /** The ranking of the first kept target after the first {@code count}, if there is one. */
    private Optional<Long> rankingAfter(String condition, long count) {
        return jdbc.queryForList("SELECT ranking FROM campaign_candidate WHERE stage IS NULL AND holdout = FALSE" + condition
                + " ORDER BY ranking OFFSET ? ROWS FETCH FIRST 1 ROW ONLY", Long.class, count).stream().findFirst();
    }

    private long count(Map<FunnelStage, Long> removed, Map<ChannelType, Groups> channels) {
        long[] members = {0};
        jdbc.query("SELECT stage, channel, holdout, COUNT(*) FROM campaign_candidate GROUP BY stage, channel, holdout", row -> {
            long n = row.getLong(4);
            members[0] += n;
            String stage = row.getString(1);
            if (stage != null) {
                removed.merge(FunnelStage.of(stage), n, Long::sum);
            } else {
                Groups groups = channels.getOrDefault(ChannelType.of(row.getString(2)), new Groups(0, 0));
                channels.put(ChannelType.of(row.getString(2)), row.getBoolean(3)
                        ? new Groups(groups.targets(), groups.holdout() + n) : new Groups(groups.targets() + n, groups.holdout()));
            }
        });
        return members[0];
    }

    private List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        // the best few first, then their names: joining before the limit hashed every customer
        jdbc.query("SELECT c.external_id, c.first_name, c.last_name, x.channel, x.holdout, x.value FROM (SELECT * FROM campaign_candidate"
                + " WHERE stage IS NULL ORDER BY ranking FETCH FIRST ? ROWS ONLY) x JOIN customer c ON c.id = x.customer_id"
                + " ORDER BY x.ranking", row -> {
                    String name = (nullToEmpty(row.getString(2)) + " " + nullToEmpty(row.getString(3))).trim();
                    samples.add(new Sample(samples.size() + 1, row.getString(1), name, ChannelType.of(row.getString(4)),
                            row.getBoolean(5), row.getDouble(6)));
                }, settings.samples());
        return samples;
    }

    private long newRun(Campaign campaign, String runKey, LocalDateTime now, Optional<LocalDate> scoreDate, SegmentField rankBy) {
        jdbc.update("INSERT INTO campaign_run (campaign, run_key, kind, counts_for_cap, selected_at, score_date) VALUES (?, ?, ?, ?, ?, ?)",
                campaign.name(), runKey, campaign.kind().id(), campaign.selection().frequencyCap().counts(), Timestamp.valueOf(now),
                rankBy.source() == Source.SCORE ? scoreDate.map(Date::valueOf).orElse(null) : null);
        return runId(campaign, runKey).orElseThrow();
    }

    /** The kept candidates into the outbox, numbered on from what the run already holds. */
    private void writeOutbox(Campaign campaign, long runId, LocalDateTime now, Optional<LocalDate> scoreDate, long kept) {
        Long before = jdbc.queryForObject("SELECT COALESCE(MAX(ranking), 0) FROM campaign_recipient WHERE run_id = ?", Long.class, runId);
        // PREFIX-XXXX-XXXX-XXXX-XXXX from the row's random UUID (hex digit 13 is the UUID version, left
        // out), made in the INSERT: an UPDATE afterwards rewrote every row (15 s for 55,000 on HSQLDB).
        // The prefix is written into the SQL: CampaignReader lets only [A-Z0-9]{1,8} through.
        String code = campaign.offer().map(offer -> "CASE WHEN y.holdout THEN NULL ELSE CAST('" + offer.codePrefix() + "' AS VARCHAR(8))"
                + " || '-' || UPPER(SUBSTRING(y.u, 1, 4)) || '-' || UPPER(SUBSTRING(y.u, 5, 4)) || '-' || UPPER(SUBSTRING(y.u, 9, 4))"
                + " || '-' || UPPER(SUBSTRING(y.u, 14, 4)) END").orElse("CAST(NULL AS VARCHAR(40))");
        // favourite category and last purchase day from the score snapshot the run ranked by (its last
        // purchase day is as_of - t_days + recency_days), joined once; without scores, from the purchases
        // A customer who chose "do not profile me" gets neither a value tier nor a favourite, and
        // their last purchase from the purchases (docs/architecture.md "The customer's own choices").
        Sql scores = Sql.of(" LEFT JOIN customer_preference cp ON cp.customer_id = y.customer_id").plus(scoreDate
                .map(date -> Sql.of(" LEFT JOIN customer_score s ON s.customer_id = y.customer_id AND s.as_of = ?", Date.valueOf(date)))
                .orElse(Sql.of("")));
        String profiled = "CASE WHEN " + CustomerChoices.NOT_PROFILED + " THEN NULL ELSE ";
        String favourite = scoreDate.isPresent() ? profiled + "s.favourite_category END" : "CAST(NULL AS VARCHAR(100))";
        String fromPurchases = "(SELECT CAST(MAX(p.purchased_at) AS DATE) FROM purchase p WHERE p.customer_id = y.customer_id)";
        String lastPurchase = scoreDate.isPresent() ? "CASE WHEN " + CustomerChoices.NOT_PROFILED + " THEN " + fromPurchases + " ELSE "
                + dialect.plusDays("s.as_of", "s.recency_days - s.t_days") + " END" : fromPurchases;
        // the reward, for the holdout too (what they would have got: the report compares per reward), read from
        // the same favourite category as the row's; without scores there is no favourite to match
        Sql reward = campaign.offer().map(offer -> RewardChoice.number(offer, "y.customer_id",
                scoreDate.isPresent() ? "s.favourite_category" : "CAST(NULL AS VARCHAR(100))", CustomerChoices.NOT_PROFILED))
                .orElse(Sql.of("CAST(NULL AS SMALLINT)"));
        update(Sql.of("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value,"
                        + " offer_code, value_tier, favourite_category, last_purchase, reward, status, status_at)"
                        + " SELECT CAST(? AS BIGINT), y.customer_id, y.channel, y.address_key,"
                        + " CASE WHEN y.holdout THEN 'HOLDOUT' ELSE CAST('TARGET' AS VARCHAR(8)) END, y.r + CAST(? AS BIGINT), y.value, "
                        + code + ","
                        + " CASE WHEN " + CustomerChoices.NOT_PROFILED + " THEN CAST(NULL AS VARCHAR(10))"
                        + " WHEN y.r <= ? THEN CAST('gold' AS VARCHAR(10)) WHEN y.r <= ? THEN 'silver' ELSE 'bronze' END, "
                        + favourite + ", " + lastPurchase + ", ", runId, before, (long) Math.ceil(kept * GOLD), (long) Math.ceil(kept * SILVER))
                .plus(reward)
                .plus(", CASE WHEN y.holdout THEN CAST('HOLDOUT' AS VARCHAR(12)) ELSE 'PENDING' END, ? FROM (" + dialect.kept() + ") y",
                        Timestamp.valueOf(now))
                .plus(scores));
    }

    private void writeFunnel(long runId, long members, Map<FunnelStage, Long> removed, Map<ChannelType, Groups> channels) {
        jdbc.update("DELETE FROM campaign_funnel WHERE run_id = ?", runId);
        String insert = "INSERT INTO campaign_funnel (run_id, stage, channel, customers) VALUES (?, ?, ?, ?)";
        jdbc.update(insert, runId, "segment", "-", members);
        removed.forEach((stage, n) -> jdbc.update(insert, runId, stage.id(), "-", n));
        channels.forEach((channel, groups) -> {
            jdbc.update(insert, runId, "target", channel.id(), groups.targets());
            jdbc.update(insert, runId, "holdout", channel.id(), groups.holdout());
        });
    }

    /** How long each part of a selection took, for the log. */
    private static final class Timings {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String what) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(what).append(String.format(" %.2f s", (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    private void update(Sql sql) {
        jdbc.update(sql.text(), sql.args());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
