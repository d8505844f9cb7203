package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.run.CampaignRuns;
import fi.kanta.shop.ShopSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What {@code kanta serve} would do about each scheduled campaign if it looked now: the one answer
 * that {@code kanta schedule} prints, that {@code serve} prints before its first round, and that
 * each round acts on ({@link CampaignScheduler}).
 */
@Service
public class CampaignSchedules {

    private final Campaigns campaigns;
    private final CampaignRuns runs;
    private final DefinitionEdits edits;
    private final ScheduleSettings settings;
    private final ShopSettings shop;
    private final Clock clock;

    public CampaignSchedules(Campaigns campaigns, CampaignRuns runs, DefinitionEdits edits, ScheduleSettings settings, ShopSettings shop,
                             ObjectProvider<Clock> clock) {
        this.campaigns = campaigns;
        this.runs = runs;
        this.edits = edits;
        this.settings = settings;
        this.shop = shop;
        // the application's Clock bean if there is one: tests set the time instead of waiting for it
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The decisions now, by the application's clock. */
    public List<ScheduleDecision> now() {
        return at(clock.instant());
    }

    /** The campaigns with a schedule, in the order {@link Campaigns#all()} gives, each decided at {@code now}. */
    public List<ScheduleDecision> at(Instant now) {
        return campaigns.all().stream().filter(campaign -> campaign.schedule().isPresent())
                .map(campaign -> decide(campaign, now)).toList();
    }

    private ScheduleDecision decide(Campaign campaign, Instant now) {
        return Schedules.decide(campaign, now, key -> runs.exists(campaign, key), edits.editedAt(campaign.name(), now),
                settings.catchUpWindow(), shop.timeZone());
    }
}
