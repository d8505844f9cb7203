package fi.kanta.selection;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The campaign definitions the selection contracts write into the home's {@code jobs/} folder: one
 * of each kind and channel, everyone in the segment and no holdout, for a test to vary.
 */
final class CampaignFiles {

    static final String EMAIL_ONLY = """
            name: x
            kind: win-back
            period: weekly
            segment: { all: [] }
            selection: { frequency-cap: { counts: true, obeys: true, days: 14 } }
            holdout: 0
            channels:
              - { type: email, template: win-back }
            """;

    static final String FEEDBACK_QUESTION = """
            name: x
            kind: feedback
            period: daily
            segment: { all: [] }
            holdout: 0
            channels:
              - { type: email, template: feedback }
            """;

    private CampaignFiles() {
    }

    static String newsletter(String template) {
        return """
                name: x
                kind: newsletter
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: %s, consent: newsletter }
                """.formatted(template);
    }

    static String letterOnly(String extra) {
        return """
                name: x
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back }
                """ + extra;
    }

    /** Writes {@code yaml} as the campaign {@code name} and reads it back as the application does. */
    static Campaign write(KantaHome home, Campaigns campaigns, String name, String yaml) throws IOException {
        Path file = home.home().resolve("jobs").resolve(name + ".yml");
        Files.writeString(file, yaml.replaceFirst("name: \\S+", "name: " + name));
        return campaigns.named(name);
    }
}
