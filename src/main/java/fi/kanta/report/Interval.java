package fi.kanta.report;

/** An estimated difference (target − holdout) with its 95 % confidence interval. */
public record Interval(double estimate, double low, double high) {

    /** Zero is a plausible value: the data cannot tell the campaign's effect from none. */
    public boolean includesZero() {
        return low <= 0 && high >= 0;
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
