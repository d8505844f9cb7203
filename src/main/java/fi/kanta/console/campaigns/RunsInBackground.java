package fi.kanta.console.campaigns;

import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.run.RunStates;
import fi.kanta.words.SaidError;
import jakarta.annotation.PreDestroy;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The console's launches and resumes: the same {@link CampaignRuns} as {@code kanta run} and
 * {@code kanta resume} (so a console launch and a command-line launch of the same campaign and
 * period make one run: the launch claim and the job repository decide), started on a thread of
 * their own so that the page answers at once and then follows the run. What each launch ended
 * with is kept while the console runs, for the run's page.
 */
@Service
public class RunsInBackground {

    private static final Logger LOG = LoggerFactory.getLogger(RunsInBackground.class);

    private final CampaignRuns runs;
    private final Campaigns campaigns;
    private final RunStates states;
    private final Map<String, Ending> endings = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private final PageWords words;

    RunsInBackground(CampaignRuns runs, Campaigns campaigns, RunStates states, PageWords words) {
        this.words = words;
        this.runs = runs;
        this.campaigns = campaigns;
        this.states = states;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "console-run-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How the console's last launch or resume of a run went: still going, or its launch's answer or the error it met. */
    public record Ending(String run, boolean going, Optional<Launch.Status> status, Optional<String> problem) {
    }

    /** The run key the named campaign's launch would have now: its period in its zone. */
    public String runKeyNow(String campaignName) {
        Campaign campaign = campaigns.named(campaignName);
        return campaign.runKey(ZonedDateTime.now(campaign.zone()), null);
    }

    /**
     * Launches the named campaign's run for this period and returns it as CAMPAIGN/RUN-KEY at once;
     * the run goes on in the background. A run that is already done or running is not started again.
     */
    public String launch(String campaignName) {
        return launch(campaignName, runKeyNow(campaignName));
    }

    /** As {@link #launch(String)}, for the run key given: a launch approved after it was asked for keeps the period it was asked for. */
    public String launch(String campaignName, String runKey) {
        String run = campaignName + "/" + runKey;
        start(run, () -> runs.launchNow(campaignName, runKey, false));
        return run;
    }

    /** Resumes a run that stopped, failed or was left by a process that is gone, in the background. */
    public String resume(String campaignName, String runKey) {
        String run = campaignName + "/" + runKey;
        RunStates.RunState state = states.of(campaignName, runKey)
                .orElseThrow(() -> new SaidError("run.none", run));
        if (!state.resumable()) {
            throw new SaidError("page.run.not-resumable", run, state.status());
        }
        start(run, () -> runs.resume(run, LocalDateTime.now(campaigns.named(campaignName).zone())));
        return run;
    }

    /** What the console's last launch of the run ended with, if the console launched it. */
    public Optional<Ending> ending(String run) {
        return Optional.ofNullable(endings.get(run));
    }

    private void start(String run, java.util.function.Supplier<Launch> launch) {
        Ending before = endings.putIfAbsent(run, new Ending(run, true, Optional.empty(), Optional.empty()));
        if (before != null) {
            if (before.going()) {
                return; // this console is launching it already: a second click starts nothing
            }
            endings.put(run, new Ending(run, true, Optional.empty(), Optional.empty()));
        }
        // the words of the marketer who launched it, taken while their request is answered
        fi.kanta.words.Words said = words.now();
        threads.submit(() -> {
            try {
                Launch done = launch.get();
                endings.put(run, new Ending(run, false, Optional.of(done.status()), Optional.ofNullable(done.problem(said))));
            } catch (UserError e) {
                endings.put(run, new Ending(run, false, Optional.empty(), Optional.of(SaidError.said(e, said))));
            } catch (RuntimeException e) {
                LOG.error("the console's launch of {} failed", run, e);
                endings.put(run, new Ending(run, false, Optional.empty(),
                        Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
        });
    }

    /** Runs still going end with the process like a killed one: stale, and resumed by the next serve or kanta resume. */
    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}
