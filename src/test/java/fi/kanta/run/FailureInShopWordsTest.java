package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A failed run's refusal is kept in the job repository in the shop's words, its trace below it. */
class FailureInShopWordsTest {

    private final FailureInShopWords finnishShop = new FailureInShopWords(new Words(Locale.forLanguageTag("fi"), ZoneOffset.UTC));

    @Test
    void aRefusalBecomesTheFirstLineInTheShopsLanguage() {
        JobExecution run = failed(new IllegalStateException("step failed",
                new SaidError("run.check.no-template", "win-back", "email.html", "email", "win-back/2026-W50")));

        finnishShop.afterJob(run);

        assertThat(run.getExitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(run.getExitStatus().getExitDescription().lines().findFirst())
                .hasValue("kansiossa templates/win-back/ ei ole pohjaa email.html ajon win-back/2026-W50 kanavalle email");
        assertThat(run.getExitStatus().getExitDescription()).contains("java.lang.IllegalStateException: step failed");
    }

    @Test
    void anyOtherFailureIsLeftAsTheJobRepositoryWroteIt() {
        JobExecution run = failed(new IllegalStateException("disk full"));
        String before = run.getExitStatus().getExitDescription();

        finnishShop.afterJob(run);

        assertThat(run.getExitStatus().getExitDescription()).isEqualTo(before);
    }

    private static JobExecution failed(Throwable failure) {
        JobExecution run = new JobExecution(1L, new JobInstance(1L, "campaignJob"), new JobParameters());
        run.addFailureException(failure);
        run.setExitStatus(ExitStatus.FAILED.addExitDescription(failure));
        return run;
    }
}
