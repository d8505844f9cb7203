package fi.kanta.schedule;

import fi.kanta.KantaHome;
import fi.kanta.campaign.CampaignDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a campaign's definition was last edited, as far as Kanta can know: a scheduled firing from
 * before the edit is never caught up (docs/architecture.md "Job identity", Schedules). The file's
 * modification time alone is no witness: a git checkout or a plain copy sets it to the moment of
 * copying, and a restore can set it to any past moment. So each look remembers the text's SHA-256
 * ({@code campaign_definition_seen}); a text that changed since the last look was edited between
 * that look and now: at the file's modification time if that lies in between, otherwise now. The
 * first look at a campaign takes the modification time, never later than now. Every error of this
 * estimate makes the edit later than it was, so a firing is skipped rather than sent by surprise.
 */
@Component
public class DefinitionEdits {

    private final JdbcTemplate jdbc;
    private final Path jobs;

    public DefinitionEdits(JdbcTemplate jdbc, KantaHome home) {
        this.jdbc = jdbc;
        this.jobs = home.home().resolve("jobs");
    }

    /** When {@code jobs/<campaign>.yml} got its present text, looked at {@code now}. */
    public Instant editedAt(String campaign, Instant now) {
        Path file = jobs.resolve(campaign + ".yml");
        String sha256;
        Instant modified;
        try {
            sha256 = CampaignDefinition.sha256(Files.readString(file, StandardCharsets.UTF_8));
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return now; // gone while we looked: nothing is caught up for it
        }
        List<Seen> seen = jdbc.query("SELECT definition_sha256, edited_at, checked_at FROM campaign_definition_seen WHERE campaign = ?",
                (rs, i) -> new Seen(rs.getString(1), utc(rs.getObject(2, LocalDateTime.class)), utc(rs.getObject(3, LocalDateTime.class))),
                campaign);
        if (seen.isEmpty()) {
            Instant edited = modified.isAfter(now) ? now : modified;
            try {
                jdbc.update("INSERT INTO campaign_definition_seen (campaign, definition_sha256, edited_at, checked_at) VALUES (?, ?, ?, ?)",
                        campaign, sha256, local(edited), local(now));
            } catch (DuplicateKeyException e) {
                return editedAt(campaign, now); // another serve node looked at the same moment
            }
            return edited;
        }
        Seen last = seen.get(0);
        if (last.sha256().equals(sha256)) {
            if (now.isAfter(last.checkedAt())) {
                jdbc.update("UPDATE campaign_definition_seen SET checked_at = ? WHERE campaign = ? AND checked_at < ?",
                        local(now), campaign, local(now));
            }
            return last.editedAt();
        }
        Instant edited = modified.isAfter(last.checkedAt()) && !modified.isAfter(now) ? modified : now;
        jdbc.update("UPDATE campaign_definition_seen SET definition_sha256 = ?, edited_at = ?, checked_at = ? WHERE campaign = ?",
                sha256, local(edited), local(now), campaign);
        return edited;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    private record Seen(String sha256, Instant editedAt, Instant checkedAt) {
    }
}
