package fi.kanta.scoring;

import java.util.List;
import java.util.Locale;

/**
 * Fit and scoring times of the pure models (not a test: run its main with -Xmx1g). Simulates
 * demo-shop-like customers in whole days (three years of sign-ups), then times the BG/NBD fit, the
 * Gamma-Gamma fit, the value scores (P(alive), 90-day purchases, order value, 12-month CLV) and RFM
 * for every customer, single-threaded; each fit is timed three times and the fastest kept.
 *
 * <p>Arguments: customer counts, default 100000 1000000.
 */
public final class FitBenchmark {

    private FitBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        BgNbdSimulator simulator = new BgNbdSimulator(new BgNbd(0.8, 25, 0.6, 6), new GammaGamma(2, 5, 100));
        for (int n : sizes) {
            List<CustomerSummary> customers = simulator.simulate(n, 0, 1095, true, 42);
            BgNbdFit purchases = null;
            long bestBgNbd = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                purchases = BgNbd.fit(customers);
                bestBgNbd = Math.min(bestBgNbd, System.nanoTime() - start);
            }
            GammaGammaFit spend = null;
            long bestGg = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                spend = GammaGamma.fit(customers);
                bestGg = Math.min(bestGg, System.nanoTime() - start);
            }
            ValueScorer scorer = ValueScorer.of(purchases.model(), spend.model());
            long start = System.nanoTime();
            double total = 0;
            for (CustomerSummary c : customers) {
                total += scorer.score(c).clv();
            }
            long scoring = System.nanoTime() - start;
            start = System.nanoTime();
            List<RfmScore> rfm = Rfm.score(customers);
            long rfmTime = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "%,d customers (%,d distinct triples): BG/NBD fit %.2f s, Gamma-Gamma fit "
                    + "%.2f s (%,d repeat customers), value scores %.2f s, RFM %.2f s (sum CLV %.0f, %d RFM rows)%n",
                    n, purchases.distinctRows(), bestBgNbd / 1e9, bestGg / 1e9, spend.customers(), scoring / 1e9,
                    rfmTime / 1e9, total, rfm.size());
            System.out.println("  BG/NBD " + purchases.estimates() + " LL=" + purchases.logLikelihood()
                    + " | Gamma-Gamma " + spend.estimates() + " corr=" + spend.frequencyMonetaryCorrelation());
        }
    }
}
