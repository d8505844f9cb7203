package fi.kanta.outbox;

import fi.kanta.campaign.Campaign;
import fi.kanta.render.Renderer;
import fi.kanta.render.TemplateTexts;
import fi.kanta.words.SaidError;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The template files a run uses, kept with it at its first send (docs/architecture.md "A run keeps
 * its definition"): the first email or letter claimed. Before that a restart reads the files as
 * they are (fix a template, then resume); after it, a restart refuses files that changed unless the
 * marketer accepts the changes ({@code kanta resume RUN --accept-changes}), which are recorded and
 * kept as the run's new text.
 */
@Component
public class RunTemplates {

    private final JdbcTemplate jdbc;
    private final Renderer renderer;
    private final TransactionTemplate own;

    RunTemplates(JdbcTemplate jdbc, Renderer renderer, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a run keeps of its templates: when, each file's hash, and the changes accepted since. */
    public record Kept(LocalDateTime keptAt, Map<String, String> hashes, List<Change> changes) {
    }

    /** A change accepted with --accept-changes: the file's hash before (empty: new to the run) and after (empty: gone). */
    public record Change(String path, Optional<String> before, Optional<String> after, LocalDateTime acceptedAt) {
    }

    /** The run's kept templates; empty before its first send (and for runs from before runs kept them). */
    public Optional<Kept> kept(String campaign, String runKey) {
        List<Long> runs = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class, campaign,
                runKey);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        long runId = runs.get(0);
        Map<String, String> hashes = new TreeMap<>();
        LocalDateTime[] first = {null};
        jdbc.query("SELECT path, sha256, kept_at FROM campaign_run_template WHERE run_id = ? ORDER BY path", rs -> {
            hashes.put(rs.getString(1), rs.getString(2));
            LocalDateTime at = rs.getTimestamp(3).toLocalDateTime();
            first[0] = first[0] == null || at.isBefore(first[0]) ? at : first[0];
        }, runId);
        if (hashes.isEmpty()) {
            return Optional.empty();
        }
        List<Change> changes = jdbc.query("SELECT path, old_sha256, new_sha256, accepted_at FROM campaign_run_template_change"
                + " WHERE run_id = ? ORDER BY accepted_at, path", (rs, i) -> new Change(rs.getString(1),
                        Optional.ofNullable(rs.getString(2)), Optional.ofNullable(rs.getString(3)), rs.getTimestamp(4).toLocalDateTime()),
                runId);
        return Optional.of(new Kept(first[0], hashes, changes));
    }

    /** Just before the run's first email or letter is claimed: its templates as they are now, unless kept already. */
    void keepAtFirstSend(long runId, Campaign campaign, LocalDateTime now) {
        own.executeWithoutResult(status -> {
            Long kept = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_run_template WHERE run_id = ?", Long.class, runId);
            if (kept == 0) {
                insert(runId, now(campaign).files(), now);
            }
        });
    }

    /**
     * Refuses to go on when a template file differs from the text the run kept at its first send:
     * the messages sent so far used that text. Nothing kept yet: nothing to refuse.
     */
    public void requireUnchanged(String campaign, String runKey, Campaign definition) {
        Set<String> changed = changed(campaign, runKey, definition);
        if (!changed.isEmpty()) {
            String run = campaign + "/" + runKey;
throw new SaidError(changed.size() == 1 ? "run.templates-changed.one" : "run.templates-changed.many", run,
                    files(changed));
        }
    }

    /**
     * {@code --accept-changes}: the files that differ from the kept text become the run's text, and
     * each change is recorded (path, hash before and after, when). Returns the paths accepted.
     */
    public Set<String> acceptChanges(String campaign, String runKey, Campaign definition, LocalDateTime now) {
        Set<String> changed = changed(campaign, runKey, definition);
        if (changed.isEmpty()) {
            return changed;
        }
        long runId = jdbc.queryForObject("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class, campaign, runKey);
        Map<String, String> before = kept(runId);
        Map<String, String> after = now(definition).files();
        own.executeWithoutResult(status -> {
            for (String path : changed) {
                jdbc.update("INSERT INTO campaign_run_template_change (run_id, path, old_sha256, new_sha256, accepted_at)"
                        + " VALUES (?, ?, ?, ?, ?)", runId, path, hash(before.get(path)), hash(after.get(path)), Timestamp.valueOf(now));
            }
            jdbc.update("DELETE FROM campaign_run_template WHERE run_id = ?", runId);
            insert(runId, after, now);
        });
        return changed;
    }

    /** "templates/win-back/email.html" or "templates/a, templates/b": a list that reads the same in every language. */
    public static String files(Set<String> paths) {
        return String.join(", ", paths.stream().map(path -> "templates/" + path).toList());
    }

    private Set<String> changed(String campaign, String runKey, Campaign definition) {
        List<Long> runs = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class, campaign,
                runKey);
        if (runs.isEmpty()) {
            return Set.of();
        }
        Map<String, String> kept = kept(runs.get(0));
        return kept.isEmpty() ? Set.of() : new TemplateTexts(new TreeMap<>(kept)).differingFrom(now(definition));
    }

    private Map<String, String> kept(long runId) {
        Map<String, String> files = new TreeMap<>();
        jdbc.query("SELECT path, content FROM campaign_run_template WHERE run_id = ?", rs -> {
            files.put(rs.getString(1), rs.getString(2));
        }, runId);
        return files;
    }

    private TemplateTexts now(Campaign campaign) {
        return renderer.texts(campaign.channels().stream().map(Campaign.Channel::template).distinct().toList());
    }

    private void insert(long runId, Map<String, String> files, LocalDateTime now) {
        jdbc.batchUpdate("INSERT INTO campaign_run_template (run_id, path, content, sha256, kept_at) VALUES (?, ?, ?, ?, ?)",
                files.entrySet().stream().map(file -> new Object[] {runId, file.getKey(), file.getValue(),
                    TemplateTexts.sha256(file.getValue()), Timestamp.valueOf(now)}).toList());
    }

    private static String hash(String text) {
        return text == null ? null : TemplateTexts.sha256(text);
    }
}
