package fi.kanta.schedule;

import fi.kanta.campaign.Campaign;
import fi.kanta.run.CampaignRuns;
import fi.kanta.campaign.Campaigns;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The scheduled campaigns, when each fires next and whether this period's run has started. */
@Service
public class CampaignSchedules {

    private final Campaigns campaigns;
    private final CampaignRuns runs;

    public CampaignSchedules(Campaigns campaigns, CampaignRuns runs) {
        this.campaigns = campaigns;
        this.runs = runs;
    }

    /**
     * One scheduled campaign at a moment.
     *
     * @param period  the noun of the campaign's period (day, week, month)
     * @param runKey  this period's run key
     * @param started whether this period's run exists
     */
    public record ScheduledCampaign(String campaign, String cron, ZoneId zone, Optional<ZonedDateTime> next, String period,
                                    String runKey, boolean started) {
    }

    /** The campaigns with a schedule, in the order {@link Campaigns#all()} gives. */
    public List<ScheduledCampaign> at(Instant now) {
        return campaigns.all().stream().filter(campaign -> campaign.schedule().isPresent())
                .map(campaign -> scheduled(campaign, now)).toList();
    }

    private ScheduledCampaign scheduled(Campaign campaign, Instant now) {
        Campaign.Schedule schedule = campaign.schedule().orElseThrow();
        String key = campaign.period().runKey(now.atZone(campaign.zone()));
        return new ScheduledCampaign(campaign.name(), schedule.cron(), schedule.zone(), Schedules.next(campaign, now),
                campaign.period().noun(), key, runs.exists(campaign, key));
    }
}
