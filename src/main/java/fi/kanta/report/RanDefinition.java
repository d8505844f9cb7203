package fi.kanta.report;

import fi.kanta.campaign.CampaignDefinition;
import fi.kanta.outbox.RunTemplates;
import fi.kanta.words.Words;
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
     * For the terminal, in the marketer's language: the hash, whether the file differs now, the
     * segment, the templates; and when the file differs, the text that ran (and its segment's).
     */
    public String text(Words words) {
        String file = "jobs/" + campaign + ".yml";
        StringBuilder out = new StringBuilder("\n").append(words.text("report.definition")).append('\n');
        if (kept.isEmpty()) {
            return out.append(line(words, "report.definition.not-kept")).toString();
        }
        CampaignDefinition definition = kept.get();
        out.append("  ").append(file).append(" sha256 ").append(definition.sha256()).append('\n');
        out.append(fileNow.isEmpty() ? line(words, "report.definition.gone", file)
                : fileDiffers() ? line(words, "report.definition.differs", file, CampaignDefinition.sha256(fileNow.get()))
                : line(words, "report.definition.same", file));
        out.append(definition.inlineSegment() ? line(words, "report.definition.segment-inline")
                : line(words, "report.definition.segment", definition.segment()));
        out.append(templates.map(t -> line(words, "report.definition.templates", t.hashes().size(), words.dateTime(t.keptAt())))
                .orElse(line(words, "report.definition.no-templates")));
        templates.ifPresent(t -> t.changes().forEach(change -> out.append(line(words, "report.definition.template-changed",
                "templates/" + change.path(), words.dateTime(change.acceptedAt())))));
        if (fileDiffers()) {
            out.append('\n').append(words.text("report.definition.as-it-ran", file)).append('\n').append(definition.text());
            definition.segmentText().ifPresent(segment -> out.append('\n')
                    .append(words.text("report.definition.segment-as-it-ran", definition.segment())).append('\n').append(segment));
        }
        return out.toString();
    }

    private static String line(Words words, String key, Object... args) {
        return "  " + words.text(key, args) + "\n";
    }
}
