package fi.kanta.run;

import fi.kanta.campaign.Campaign;
import java.time.ZonedDateTime;

/**
 * Something to put in place before a campaign's new run is created, whoever launches it (the
 * console, {@code kanta run}, a schedule): called by the process holding the launch claim, before
 * the run keeps its definition, and only for a run that does not exist yet (a resume goes on with
 * what it has). The weekly newsletter's editorial saved ahead for this week is written into the
 * templates here. A failure refuses the launch: nothing was created.
 */
public interface BeforeNewRun {

    /** @param now the launch time in the campaign's zone */
    void beforeNewRun(Campaign campaign, String runKey, ZonedDateTime now);
}
