package fi.kanta.scoring;

/**
 * Scores customers with fitted models: P(alive), expected purchases, expected order value and CLV.
 * Immutable and stateless, so one instance may score from several threads.
 *
 * @param purchases           the fitted BG/NBD model
 * @param spend               the fitted Gamma-Gamma model
 * @param clv                 the CLV horizon and discount
 * @param purchaseHorizonDays the horizon of {@link CustomerValue#expectedPurchases()} in days
 */
public record ValueScorer(BgNbd purchases, GammaGamma spend, Clv clv, double purchaseHorizonDays) {

    /** The horizons of the score table: 90 days of purchases, {@link Clv#DEFAULT} for CLV. */
    public static ValueScorer of(BgNbd purchases, GammaGamma spend) {
        return new ValueScorer(purchases, spend, Clv.DEFAULT, 90);
    }

    public ValueScorer {
        if (purchases == null || spend == null || clv == null || !(purchaseHorizonDays >= 0)) {
            throw new IllegalArgumentException("need both models, a CLV definition and a horizon >= 0");
        }
    }

    /** The customer's scores. */
    public CustomerValue score(CustomerSummary c) {
        double orderValue = spend.expectedOrderValue(c);
        return new CustomerValue(
                purchases.pAlive(c),
                purchases.expectedPurchases(c, purchaseHorizonDays),
                orderValue,
                clv.value(purchases, c.frequency(), c.recencyDays(), c.tDays(), orderValue));
    }
}
