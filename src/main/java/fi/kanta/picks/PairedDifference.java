package fi.kanta.picks;

/**
 * A difference measured on each customer between two ways of predicting (the picks against the best
 * sellers, the purchase model against a customer's own past pace), with its 95 % interval: the mean
 * difference ± 1.96 standard errors. Each customer is measured both ways, so the pairs take out the
 * customers' own differences and a small effect shows on a few thousand customers.
 *
 * @param mean the mean difference per customer
 * @param low  the interval's lower end
 * @param high its upper end
 */
public record PairedDifference(double mean, double low, double high) {

    /** From the sum of the customers' differences and of their squares over {@code customers}. */
    public static PairedDifference of(double sum, double squares, long customers) {
        double n = Math.max(1, customers);
        double mean = sum / n;
        double variance = customers > 1 ? (squares - n * mean * mean) / (n - 1) : 0;
        double half = 1.96 * Math.sqrt(Math.max(0, variance) / n);
        return new PairedDifference(mean, mean - half, mean + half);
    }

    /** Above zero beyond chance: the whole interval is. */
    public boolean above() {
        return low > 0;
    }

    /** Below zero beyond chance. */
    public boolean below() {
        return high < 0;
    }
}
