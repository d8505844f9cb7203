package fi.kanta.scoring;

import fi.kanta.SettingRefused;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Score job settings ({@code kanta.score.*} in application.properties, which documents each).
 *
 * @param keepSnapshots  as-of dates kept in customer_score; older ones are pruned after a run
 * @param fitSampleSize  largest number of customers the models are fitted on; a larger base is fitted on
 *                       a seeded random sample of this size (and everyone is still scored)
 * @param sampleSeed     seed of that sample, so a re-run fits the same customers
 * @param writeBatchSize score rows per insert batch and commit
 */
@ConfigurationProperties("kanta.score")
public record ScoreSettings(
        @DefaultValue("3") int keepSnapshots,
        @DefaultValue("1000000") int fitSampleSize,
        @DefaultValue("20261123") long sampleSeed,
        @DefaultValue("5000") int writeBatchSize) {

    public ScoreSettings {
        if (keepSnapshots < 1 || fitSampleSize < 2 || writeBatchSize < 1) {
            throw new SettingRefused("setting.score");
        }
    }
}
