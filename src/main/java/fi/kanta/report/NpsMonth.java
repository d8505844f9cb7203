package fi.kanta.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One month of answers to the feedback question, by class: promoters (9-10), passives (7-8) and
 * detractors (0-6), as segments' {@code nps_class} says. NPS is the share of promoters minus the
 * share of detractors, in percentage points (-100 to +100).
 */
public record NpsMonth(YearMonth month, long promoters, long passives, long detractors) {

    static final int PROMOTER_FROM = 9;
    static final int PASSIVE_FROM = 7;

    /** The month with one more answer of {@code score}. */
    NpsMonth plus(int score, long answers) {
        if (score >= PROMOTER_FROM) {
            return new NpsMonth(month, promoters + answers, passives, detractors);
        }
        return score >= PASSIVE_FROM ? new NpsMonth(month, promoters, passives + answers, detractors)
                : new NpsMonth(month, promoters, passives, detractors + answers);
    }

    /** This month's answers and {@code other}'s together, under this month's name. */
    NpsMonth plus(NpsMonth other) {
        return new NpsMonth(month, promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }

    public long answers() {
        return promoters + passives + detractors;
    }

    /** NPS rounded to a whole point (halves away from zero); none without answers. */
    public Optional<Integer> nps() {
        if (answers() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(100 * (promoters - detractors)).divide(BigDecimal.valueOf(answers()), 0,
                RoundingMode.HALF_UP).intValueExact());
    }
}
