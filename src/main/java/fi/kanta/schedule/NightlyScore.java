package fi.kanta.schedule;

import fi.kanta.shop.ShopSettings;
import fi.kanta.scoring.ScoreRun;
import fi.kanta.scoring.Scoring;
import fi.kanta.segment.CustomerQuery;
import fi.kanta.words.Words;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The nightly {@code kanta score} of {@code kanta serve}, with the picks: once a day, after
 * {@code kanta.serve.score-at} (default 02:00 in the shop's time zone), unless today's scores exist already.
 */
@Component
public class NightlyScore {

    private final Scoring scoring;
    private final CustomerQuery customers;
    private final ShopSettings shop;
    private final LocalTime at;
    private final Words words;

    public NightlyScore(Scoring scoring, CustomerQuery customers, ShopSettings shop, @Value("${kanta.serve.score-at:02:00}") LocalTime at,
            Words words) {
        this.words = words;
        this.scoring = scoring;
        this.customers = customers;
        this.shop = shop;
        this.at = at;
    }

    /** Scores when it is time and today has no scores yet; says what it did, in the marketer's language. */
    public Optional<String> runIfDue(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(shop.timeZone()));
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(at) || customers.newestScoreDate().filter(d -> !d.isBefore(today)).isPresent()) {
            return Optional.empty();
        }
        ScoreRun run = scoring.score(Optional.of(today));
        return Optional.of(words.text("serve.scored", words.date(today), words.count("count.customers", run.scores().customers()),
                words.count("count.customers", run.picks().withPicks())));
    }
}
