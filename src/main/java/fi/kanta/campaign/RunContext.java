package fi.kanta.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParameters;


/** The run a step works on, from its job parameters: the campaign (read fresh), the run key and its outbox id. */
record RunContext(Campaign campaign, String runKey, long runId, LocalDate runDay) {

    static RunContext of(JobParameters parameters, Campaigns campaigns, Outbox outbox) {
        Campaign campaign = campaigns.named(parameters.getString(CampaignJobConfiguration.CAMPAIGN));
        String runKey = parameters.getString(CampaignJobConfiguration.RUN_KEY);
        long runId = outbox.runId(campaign.name(), runKey);
        // the day of the selection, not of this attempt: a resumed run's offers stay valid as first printed
        return new RunContext(campaign, runKey, runId, outbox.selectedAt(runId).toLocalDate());
    }

    /** Now, in the campaign's zone (outbox times are the shop's local times). */
    LocalDateTime now() {
        return LocalDateTime.now(campaign.zone());
    }

    String name() {
        return campaign.name() + "/" + runKey;
    }
}
