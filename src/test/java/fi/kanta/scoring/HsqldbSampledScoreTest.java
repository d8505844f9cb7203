package fi.kanta.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The score contract again with a fit sample smaller than the base (as a large base would have): every
 * customer is still scored with the sampled models, the sample is the same on a re-run, and the report
 * says it was a sample.
 */
@SpringBootTest(properties = "kanta.score.fit-sample-size=40")
class HsqldbSampledScoreTest extends ScoreContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Test
    void fitsOnASeededSampleAndSaysSo() {
        ScoreReport first = scorer.score(AS_OF);
        ScoreReport again = scorer.score(AS_OF);

        assertThat(first.sampled()).isTrue();
        assertThat(first.purchases().customers()).isEqualTo(40);
        assertThat(first.customers()).isEqualTo(3 + OTHERS);
        assertThat(again.purchases().model()).isEqualTo(first.purchases().model());
        assertThat(first.format()).contains("fitted on a seeded random sample of 40 customers");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score_fit WHERE sampled AND sample_size = 40", Long.class))
                .isEqualTo(4);
    }
}
