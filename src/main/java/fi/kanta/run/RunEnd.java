package fi.kanta.run;

import fi.kanta.outbox.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** At the campaign job's end, however it ended, tells each {@link AfterRun}; a hook's failure is logged, the run's outcome stays. */
@Component
class RunEnd implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunEnd.class);

    private final ObjectProvider<AfterRun> hooks;

    RunEnd(ObjectProvider<AfterRun> hooks) {
        this.hooks = hooks;
    }

    @Override
    public void afterJob(JobExecution job) {
        String campaign = job.getJobParameters().getString(RunContext.CAMPAIGN);
        String runKey = job.getJobParameters().getString(RunContext.RUN_KEY);
        hooks.orderedStream().forEach(hook -> {
            try {
                hook.afterRun(campaign, runKey);
            } catch (RuntimeException e) {
                log.warn("After run {}/{}: {} failed", campaign, runKey, hook.getClass().getSimpleName(), e);
            }
        });
    }
}
