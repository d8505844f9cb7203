package fi.kanta.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A campaign definition as a run uses it (docs/architecture.md "A run keeps its definition"): the
 * text of {@code jobs/<campaign>.yml}, its SHA-256, and the segment it names with that segment's
 * own text in {@code jobs/segments.yml} (empty for a segment written in the campaign itself), read
 * into the {@link Campaign}. Read back from the text, it gives the same campaign.
 */
public record CampaignDefinition(Campaign campaign, String text, String sha256, String segment, Optional<String> segmentText) {

    /** The SHA-256 of the text (UTF-8) in lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the segment is written in the campaign's own file rather than named from segments.yml. */
    public boolean inlineSegment() {
        return segmentText.isEmpty();
    }
}
