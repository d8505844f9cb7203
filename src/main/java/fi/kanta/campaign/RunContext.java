package fi.kanta.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParameters;

/** The run a step works on, from its job parameters: the campaign (read fresh), the run key and its outbox id. */
record RunContext(Campaign campaign, String runKey, long runId, LocalDate runDay) {

    static RunContext of(JobParameters parameters, Campaigns campaigns, Outbox outbox) {
        Campaign campaign = campaigns.named(parameters.getString(CampaignJobConfiguration.CAMPAIGN));
        String runKey = parameters.getString(CampaignJobConfiguration.RUN_KEY);
        LocalDate runDay = LocalDateTime.parse(parameters.getString(CampaignJobConfiguration.LAUNCHED_AT)).toLocalDate();
        return new RunContext(campaign, runKey, outbox.runId(campaign.name(), runKey), runDay);
    }

    /** Now, in the campaign's zone (outbox times are the shop's local times). */
    LocalDateTime now() {
        return LocalDateTime.now(campaign.zone());
    }

    String name() {
        return campaign.name() + "/" + runKey;
    }
}
