package fi.kanta.campaign;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The definition each run keeps (docs/architecture.md "A run keeps its definition"): written at the
 * launch into {@code campaign_run_definition}, read back through {@link Campaigns} (the same reader)
 * by every step of the run, by {@code resume} and by {@code report}, so that editing {@code jobs/}
 * during or after a run changes nothing of it.
 */
@Component
public class RunDefinitions {

    private final JdbcTemplate jdbc;
    private final Campaigns campaigns;

    RunDefinitions(JdbcTemplate jdbc, Campaigns campaigns) {
        this.jdbc = jdbc; // auto-commit: kept before the job starts, seen by its steps whatever their transactions
        this.campaigns = campaigns;
    }

    /**
     * At a launch, by the process that claimed it: a new run ({@code newRun}: no job instance yet)
     * keeps the definition in {@code jobs/} now, replacing one kept by a launch that never started;
     * a run that exists keeps what it has (a run launched before runs kept their definitions keeps
     * the file's from now on). Returns the run's definition.
     */
    public CampaignDefinition atLaunch(String campaign, String runKey, boolean newRun) {
        if (!newRun) {
            Optional<CampaignDefinition> kept = kept(campaign, runKey);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        CampaignDefinition now = campaigns.definition(campaign);
        jdbc.update("DELETE FROM campaign_run_definition WHERE campaign = ? AND run_key = ?", campaign, runKey);
        jdbc.update("INSERT INTO campaign_run_definition (campaign, run_key, definition_text, definition_sha256, segment, segment_text,"
                + " kept_at) VALUES (?, ?, ?, ?, ?, ?, ?)", campaign, runKey, now.text(), now.sha256(), now.segment(),
                now.segmentText().orElse(null), Timestamp.valueOf(LocalDateTime.now(now.campaign().zone())));
        return now;
    }

    /** The definition the run keeps, read back; empty for a run that keeps none (launched before runs kept them). */
    public Optional<CampaignDefinition> kept(String campaign, String runKey) {
        List<CampaignDefinition> rows = jdbc.query("SELECT definition_text, segment, segment_text FROM campaign_run_definition"
                + " WHERE campaign = ? AND run_key = ?", (rs, i) -> campaigns.kept(campaign, rs.getString(1), rs.getString(2),
                        Optional.ofNullable(rs.getString(3))), campaign, runKey);
        return rows.stream().findFirst();
    }

    /** The run's campaign as it runs: the kept definition, else (a run from before) {@code jobs/<campaign>.yml} now. */
    public Campaign of(String campaign, String runKey) {
        return kept(campaign, runKey).map(CampaignDefinition::campaign).orElseGet(() -> campaigns.named(campaign));
    }
}
