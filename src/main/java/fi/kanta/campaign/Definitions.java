package fi.kanta.campaign;

import fi.kanta.UserError;
import fi.kanta.render.Renderer;
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

        public long errors() {
            return files.stream().filter(file -> file.error().isPresent()).count();
        }
    }

    public Validation validate() {
        if (campaigns.names().isEmpty()) {
            throw new UserError(campaigns.noneYet());
        }
        return new Validation(campaigns.readAll().stream().map(this::withTemplates).toList());
    }

    /** A campaign that reads is checked further: its templates render, else the first channel whose do not is named. */
    private CheckedDefinition withTemplates(CheckedDefinition definition) {
        if (definition.campaign().isEmpty() || definition.error().isPresent()) {
            return definition;
        }
        Campaign campaign = definition.campaign().get();
        for (Campaign.Channel channel : campaign.channels()) {
            try {
                renderer.open(channel.template());
            } catch (UserError e) {
                return definition.failing(campaign.file() + ": " + e.getMessage());
            }
        }
        return definition;
    }
}
