package fi.kanta.outbox;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.RunDefinitions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParameters;


/** The run a step works on, from its job parameters: the campaign (the definition the run keeps), the run key and its outbox id. */
public record RunContext(Campaign campaign, String runKey, long runId, LocalDate runDay) {

    /** The job parameters that name a run: the job's identity, one instance per campaign and run key. */
    public static final String CAMPAIGN = "campaign";
    public static final String RUN_KEY = "runKey";

    static RunContext of(JobParameters parameters, RunDefinitions definitions, Outbox outbox) {
        String runKey = parameters.getString(RUN_KEY);
        Campaign campaign = definitions.of(parameters.getString(CAMPAIGN), runKey);
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
