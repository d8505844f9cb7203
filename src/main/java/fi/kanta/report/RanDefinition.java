package fi.kanta.report;

import fi.kanta.campaign.CampaignDefinition;
import fi.kanta.outbox.RunTemplates;
import java.util.Locale;
import java.util.Optional;

/**
 * The definition a run ran with, as its report shows it: the definition it keeps (none for a run
 * launched before runs kept them), the text of {@code jobs/<campaign>.yml} now (empty: gone), and
 * the templates it kept at its first send with the changes accepted since.
 */
public record RanDefinition(String campaign, Optional<CampaignDefinition> kept, Optional<String> fileNow,
        Optional<RunTemplates.Kept> templates) {

    /** Whether {@code jobs/<campaign>.yml} now differs from what the run keeps (gone counts as differing). */
    public boolean fileDiffers() {
        return kept.isPresent() && !fileNow.equals(Optional.of(kept.get().text()));
    }

    /**
     * For the terminal: the hash, whether the file differs now, the segment, the templates; and when
     * the file differs, the text that ran (and its segment's).
     */
    public String text() {
        String file = "jobs/" + campaign + ".yml";
        StringBuilder out = new StringBuilder(String.format("%nDefinition that ran:%n"));
        if (kept.isEmpty()) {
            out.append(String.format("  not kept (the run was launched before runs kept their definitions)%n"));
            return out.toString();
        }
        CampaignDefinition definition = kept.get();
        out.append(String.format("  %s sha256 %s%n", file, definition.sha256()));
        out.append(fileNow.isEmpty() ? String.format("  %s is gone now%n", file)
                : fileDiffers() ? String.format("  %s differs now (sha256 %s): the run keeps the text below%n", file,
                        CampaignDefinition.sha256(fileNow.get()))
                : String.format("  %s is the same now%n", file));
        out.append(definition.inlineSegment()
                ? String.format("  segment: written in the definition%n")
                : String.format("  segment: %s, as jobs/segments.yml had it at the launch%n", definition.segment()));
        out.append(templates.map(t -> String.format(Locale.ROOT, "  templates: %d files kept at the first send, %s%n", t.hashes().size(),
                t.keptAt().withNano(0))).orElse(String.format("  templates: nothing sent yet (a resume reads templates/ again)%n")));
        templates.ifPresent(t -> t.changes().forEach(change -> out.append(String.format(Locale.ROOT,
                "  templates/%s changed, accepted %s (--accept-changes)%n", change.path(), change.acceptedAt().withNano(0)))));
        if (fileDiffers()) {
            out.append(String.format("%n--- %s as it ran ---%n", file)).append(definition.text());
            definition.segmentText().ifPresent(segment -> out.append(String.format(
                    "%n--- segment %s (jobs/segments.yml) as it ran ---%n", definition.segment())).append(segment));
        }
        return out.toString();
    }
}
