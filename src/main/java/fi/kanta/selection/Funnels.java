package fi.kanta.selection;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.selection.SelectionResult.Groups;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The funnels runs recorded with their outbox ({@code campaign_funnel}), read back for what a run reports. */
@Component
public class Funnels {

    private final JdbcTemplate jdbc;

    Funnels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The funnel a run recorded, if it got as far as writing its outbox. */
    public Optional<SelectionResult> recorded(Campaign campaign, String runKey) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class,
                campaign.name(), runKey);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long runId = ids.get(0);
        long[] members = {0};
        Map<FunnelStage, Long> removed = new EnumMap<>(FunnelStage.class);
        Map<ChannelType, Groups> channels = new EnumMap<>(ChannelType.class);
        jdbc.query("SELECT stage, channel, customers FROM campaign_funnel WHERE run_id = ?", row -> {
            String stage = row.getString(1);
            long n = row.getLong(3);
            switch (stage) {
                case "segment" -> members[0] = n;
                case "target" -> channels.merge(ChannelType.of(row.getString(2)), new Groups(n, 0), Funnels::add);
                case "holdout" -> channels.merge(ChannelType.of(row.getString(2)), new Groups(0, n), Funnels::add);
                default -> removed.put(FunnelStage.of(stage), n);
            }
        }, runId);
        BigDecimal letterCost = SelectionResult.letterCost(campaign, channels);
        return Optional.of(new SelectionResult(campaign.name(), runKey, members[0], removed, channels, letterCost, List.of(),
                List.of(), OptionalLong.of(runId), 0));
    }

    private static Groups add(Groups a, Groups b) {
        return new Groups(a.targets() + b.targets(), a.holdout() + b.holdout());
    }
}
