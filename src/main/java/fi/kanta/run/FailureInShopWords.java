package fi.kanta.run;

import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A run that failed with a refusal ({@link SaidError}) keeps that refusal in the job repository in
 * the shop's words, as its exit description's first line: the console's run page shows that line
 * for a run it did not launch itself (from the command line or a schedule), and a SaidError's own
 * message is the English meant for the log. The stack trace stays below it.
 */
@Component
class FailureInShopWords implements JobExecutionListener {

    private final Words words;

    FailureInShopWords(Words words) {
        this.words = words;
    }

    @Override
    public void afterJob(JobExecution job) {
        UserError.firstAmong(job.getAllFailureExceptions(), SaidError.class).ifPresent(refusal -> {
            ExitStatus status = job.getExitStatus();
            job.setExitStatus(new ExitStatus(status.getExitCode(), refusal.said(words) + "\n" + status.getExitDescription()));
        });
    }
}
