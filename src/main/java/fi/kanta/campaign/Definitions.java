package fi.kanta.campaign;

import fi.kanta.UserError;
import fi.kanta.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Checks every definition in {@code jobs/} as a run would use it: each file reads without error,
 * and each campaign's templates render in every language (the same check a run makes before
 * sending). Every mistake names its file and line.
 */
@Service
public class Definitions {

    private final Campaigns campaigns;
    private final Renderer renderer;

    Definitions(Campaigns campaigns, Renderer renderer) {
        this.campaigns = campaigns;
        this.renderer = renderer;
    }

    /** Every file checked, the segments file first. */
    public record Validation(List<CheckedDefinition> files) {

        /** Files with at least one mistake. */
        public long errors() {
            return files.stream().filter(file -> file.error().isPresent()).count();
        }

        /** Mistakes in all files together (a file can have several, one a line). */
        public long mistakes() {
            return files.stream().mapToLong(file -> file.error().map(error -> error.lines().count()).orElse(0L)).sum();
        }
    }

    public Validation validate() {
        return new Validation(campaigns.readAll().stream().map(this::withTemplates).toList());
    }

    /** A campaign that reads is checked further: its templates render, else every channel whose do not is named. */
    private CheckedDefinition withTemplates(CheckedDefinition definition) {
        if (definition.campaign().isEmpty() || definition.error().isPresent()) {
            return definition;
        }
        Campaign campaign = definition.campaign().get();
        List<String> problems = new ArrayList<>();
        // channels sharing a template (a letter and an email) share its mistakes: each named once
        for (String template : campaign.channels().stream().map(Campaign.Channel::template).distinct().toList()) {
            try {
                renderer.open(template);
            } catch (UserError e) {
                problems.add(campaign.file() + ": " + e.getMessage());
            }
        }
        return problems.isEmpty() ? definition : definition.failing(String.join("\n", problems));
    }
}
