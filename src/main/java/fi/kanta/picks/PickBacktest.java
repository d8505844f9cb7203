package fi.kanta.picks;

import fi.kanta.KantaHome;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Do the picks find what customers buy next? Fits the picks on the order lines up to D1 (the window
 * ending on D1), and counts the customers who bought one of their top {@value #TOP} picks on the days
 * after D1 up to D2, against a baseline of the best sellers of their favourite category. Each customer
 * has both lists, so the difference is paired: its 95 % interval is the mean difference ± 1.96 standard
 * errors. Stock is left out: what was in stock on D1 is not known.
 */
@Service
public class PickBacktest {

    static final int TOP = 10;

    private final Picks picks;
    private final KantaHome home;
    private final Words words;

    public PickBacktest(Picks picks, KantaHome home, Words words) {
        this.picks = picks;
        this.home = home;
        this.words = words;
    }

    public PickBacktestReport run(LocalDate calibrateUntil, LocalDate holdoutUntil) {
        if (!holdoutUntil.isAfter(calibrateUntil)) {
            throw new SaidError("backtest.order", holdoutUntil.toString(), calibrateUntil.toString());
        }
        Catalogue catalogue = picks.catalogue();
        Baskets before = picks.window(catalogue, calibrateUntil);
        if (before.customers() == 0) {
            throw new SaidError("picks.backtest.no-lines", calibrateUntil.toString());
        }
        Map<Long, int[]> bought = bought(catalogue, calibrateUntil, holdoutUntil);
        CoPurchases co = CoPurchases.of(before, catalogue.size(), picks.settings().neighbours());
        PickModel model = new PickModel(catalogue, before, co, false);
        long[] picksHitBy = new long[TOP];
        long[] popularHitBy = new long[TOP];
        long buyers = 0;
        long differenceSum = 0;
        long differenceSquares = 0;
        TopN list = new TopN(TOP);
        int[] none = new int[0];
        for (int c = 0; c < before.customers(); c++) {
            int[] next = bought.getOrDefault(before.customerIds[c], none);
            buyers += next.length > 0 ? 1 : 0;
            model.pick(c, none, list);
            int picked = firstHit(list.drainBestFirst(), next);
            model.popular(c, list);
            int popular = firstHit(list.drainBestFirst(), next);
            count(picksHitBy, picked);
            count(popularHitBy, popular);
            int difference = (picked >= 0 ? 1 : 0) - (popular >= 0 ? 1 : 0);
            differenceSum += difference;
            differenceSquares += (long) difference * difference;
        }
        PickBacktestReport report = PickBacktestReport.of(calibrateUntil, holdoutUntil, before.customers(), buyers, picksHitBy,
                popularHitBy, differenceSum, differenceSquares,
                home.out("picks", "backtest-" + calibrateUntil + "-" + holdoutUntil + ".svg"));
        write(report.chart(), PickBacktestChart.svg(report, words));
        return report;
    }

    /** What each customer bought after D1 up to D2, as sorted product indexes. */
    private Map<Long, int[]> bought(Catalogue catalogue, LocalDate calibrateUntil, LocalDate holdoutUntil) {
        Baskets after = picks.days(catalogue, calibrateUntil.plusDays(1), holdoutUntil);
        Map<Long, int[]> bought = new HashMap<>();
        for (int c = 0; c < after.customers(); c++) {
            int[] products = Arrays.copyOfRange(after.product, after.start[c], after.start[c + 1]);
            Arrays.sort(products);
            bought.put(after.customerIds[c], products);
        }
        return Collections.unmodifiableMap(bought);
    }

    /** The rank (0-based) of the first listed product the customer bought, or -1. */
    private static int firstHit(int[] listed, int[] bought) {
        for (int rank = 0; rank < listed.length; rank++) {
            if (Arrays.binarySearch(bought, listed[rank]) >= 0) {
                return rank;
            }
        }
        return -1;
    }

    /** A hit at rank r counts for every top-k with k > r. */
    private static void count(long[] hitBy, int rank) {
        if (rank >= 0) {
            for (int k = rank; k < hitBy.length; k++) {
                hitBy[k]++;
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
