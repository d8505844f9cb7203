package fi.kanta.picks;

import java.util.Arrays;

/**
 * One customer's picks from the window's baskets: products they have not bought in the window, scored
 * by three signals and ranked (docs/architecture.md "Picks").
 *
 * <ol>
 * <li>co-purchase: each product they bought (its recency weight) votes for its neighbours
 * ({@link CoPurchases}); the votes are scaled so that the customer's best is 1;</li>
 * <li>favourite categories: their three categories with the most recency-weighted spend give their best
 * sellers {@value #CATEGORY_WEIGHT} × the category's share of that spend × the product's popularity
 * relative to its category's best seller;</li>
 * <li>stated interests (the preferences page): each category they care about gives its best sellers
 * {@value #INTEREST_WEIGHT} × the relative popularity;</li>
 * <li>the shop's best sellers, {@value #POPULAR_WEIGHT} × their popularity relative to the first: a customer
 * who has bought everything their neighbours and categories offer still gets picks.</li>
 * </ol>
 * Not thread-safe: one model per thread (it keeps scratch rows).
 */
final class PickModel {

    static final float CATEGORY_WEIGHT = 0.5f;
    static final float INTEREST_WEIGHT = 0.5f;
    static final float POPULAR_WEIGHT = 0.1f;
    /** Best sellers per category that the category signals consider. */
    private static final int CATEGORY_TOP = 30;
    /** A wholesaler's thousand products would cost a million votes; their most recent ones say enough. */
    private static final int SEEDS = 50;
    private static final int FAVOURITES = 3;

    private final Catalogue catalogue;
    private final Baskets baskets;
    private final CoPurchases co;
    private final boolean stockMatters;
    private final int[][] categoryBest;      // per category: its in-stock best sellers, best first
    private final float[][] categoryRelative; // their popularity relative to the first
    private final int[] overallBest;
    private final float[] score;
    private final int[] touched;
    private final int[] ownedBy;
    private final int[] seen; // == visit: the product is in touched[] for this customer
    private int visit;
    private final float[] categorySpend;
    // scratch for the favourite categories, kept: a million customers would otherwise make gigabytes of garbage
    private final int[] used;
    private final TopN favourites = new TopN(FAVOURITES);
    private final Ints favouriteList = new Ints();
    private final Floats favouriteSpend = new Floats();

    PickModel(Catalogue catalogue, Baskets baskets, CoPurchases co, boolean stockMatters) {
        this.catalogue = catalogue;
        this.baskets = baskets;
        this.co = co;
        this.stockMatters = stockMatters;
        int categories = catalogue.categories.size();
        this.categoryBest = new int[categories][];
        this.categoryRelative = new float[categories][];
        TopN[] best = new TopN[categories];
        TopN overall = new TopN(CATEGORY_TOP);
        for (int k = 0; k < categories; k++) {
            best[k] = new TopN(CATEGORY_TOP);
        }
        for (int p = 0; p < catalogue.size(); p++) {
            if (co.popularity[p] > 0 && available(p)) {
                overall.offer(p, co.popularity[p]);
                if (catalogue.category[p] >= 0) {
                    best[catalogue.category[p]].offer(p, co.popularity[p]);
                }
            }
        }
        for (int k = 0; k < categories; k++) {
            categoryBest[k] = best[k].drainBestFirst();
            categoryRelative[k] = new float[categoryBest[k].length];
            for (int i = 0; i < categoryBest[k].length; i++) {
                categoryRelative[k][i] = co.popularity[categoryBest[k][i]] / co.popularity[categoryBest[k][0]];
            }
        }
        this.overallBest = overall.drainBestFirst();
        this.score = new float[catalogue.size()];
        this.touched = new int[catalogue.size()];
        this.ownedBy = new int[catalogue.size()];
        Arrays.fill(ownedBy, -1);
        this.seen = new int[catalogue.size()];
        this.categorySpend = new float[categories];
        this.used = new int[categories];
    }

    private boolean available(int product) {
        return !stockMatters || catalogue.inStock[product];
    }

    /**
     * Customer {@code c}'s best {@code n} picks into {@code out} (cleared first); {@code interests} are
     * category indexes they said they care about.
     */
    void pick(int c, int[] interests, TopN out) {
        out.clear();
        markOwned(c);
        visit++;
        int count = 0;
        // 1. co-purchase votes from the most recent purchases
        int from = baskets.start[c];
        int to = baskets.start[c + 1];
        int[] seeds = seeds(from, to);
        for (int e : seeds) {
            int a = baskets.product[e];
            float wa = baskets.weight[e];
            for (int j = co.start[a]; j < co.start[a + 1]; j++) {
                int b = co.neighbour[j];
                if (ownedBy[b] == c || !available(b)) {
                    continue;
                }
                if (seen[b] != visit) {
                    seen[b] = visit;
                    touched[count++] = b;
                }
                score[b] += wa * co.similarity[j];
            }
        }
        float max = 0f;
        for (int t = 0; t < count; t++) {
            max = Math.max(max, score[touched[t]]);
        }
        if (max > 0f) {
            for (int t = 0; t < count; t++) {
                score[touched[t]] /= max;
            }
        }
        // 2. favourite categories by recency-weighted spend
        float total = 0f;
        int usedCount = 0;
        for (int e = from; e < to; e++) {
            int k = catalogue.category[baskets.product[e]];
            if (k >= 0) {
                if (categorySpend[k] == 0f) {
                    used[usedCount++] = k;
                }
                float spent = baskets.spend[e] * baskets.weight[e];
                categorySpend[k] += spent;
                total += spent;
            }
        }
        favourites.clear();
        for (int i = 0; i < usedCount; i++) {
            favourites.offer(used[i], categorySpend[used[i]]);
        }
        favouriteList.clear();
        favouriteSpend.clear();
        favourites.drainBestFirst(favouriteList, favouriteSpend);
        for (int i = 0; i < usedCount; i++) {
            categorySpend[used[i]] = 0f;
        }
        for (int i = 0; i < favouriteList.size() && total > 0f; i++) {
            count = boost(c, favouriteList.get(i), CATEGORY_WEIGHT * favouriteSpend.get(i) / total, count);
        }
        // 3. stated interests
        for (int k : interests) {
            count = boost(c, k, INTEREST_WEIGHT, count);
        }
        // 4. the shop's best sellers, a little
        for (int p : overallBest) {
            if (ownedBy[p] != c) {
                if (seen[p] != visit) {
                    seen[p] = visit;
                    touched[count++] = p;
                }
                score[p] += POPULAR_WEIGHT * co.popularity[p] / co.popularity[overallBest[0]];
            }
        }
        for (int t = 0; t < count; t++) {
            int p = touched[t];
            out.offer(p, score[p]);
            score[p] = 0f;
        }
    }

    private int boost(int c, int category, float weight, int count) {
        int[] best = categoryBest[category];
        for (int i = 0; i < best.length; i++) {
            int p = best[i];
            if (ownedBy[p] == c) {
                continue;
            }
            if (seen[p] != visit) {
                seen[p] = visit;
                touched[count++] = p;
            }
            score[p] += weight * categoryRelative[category][i];
        }
        return count;
    }

    /**
     * The baseline picks: the best sellers of the customer's favourite category (the most spend in the
     * window) they have not bought, then the overall best sellers.
     */
    void popular(int c, TopN out) {
        out.clear();
        markOwned(c);
        int favourite = -1;
        float most = 0f;
        for (int e = baskets.start[c]; e < baskets.start[c + 1]; e++) {
            int k = catalogue.category[baskets.product[e]];
            if (k >= 0) {
                categorySpend[k] += baskets.spend[e];
                if (categorySpend[k] > most || (categorySpend[k] == most && k < favourite)) {
                    most = categorySpend[k];
                    favourite = k;
                }
            }
        }
        for (int e = baskets.start[c]; e < baskets.start[c + 1]; e++) {
            int k = catalogue.category[baskets.product[e]];
            if (k >= 0) {
                categorySpend[k] = 0f;
            }
        }
        int rank = 0;
        if (favourite >= 0) {
            for (int p : categoryBest[favourite]) {
                if (ownedBy[p] != c) {
                    out.offer(p, -rank++);
                }
            }
        }
        for (int p : overallBest) {
            if (ownedBy[p] != c && (favourite < 0 || catalogue.category[p] != favourite)) {
                out.offer(p, -rank++);
            }
        }
    }

    private void markOwned(int c) {
        for (int e = baskets.start[c]; e < baskets.start[c + 1]; e++) {
            ownedBy[baskets.product[e]] = c;
        }
    }

    /** The customer's entries to vote from: all, or the {@value #SEEDS} most recent. */
    private int[] seeds(int from, int to) {
        if (to - from <= SEEDS) {
            int[] all = new int[to - from];
            Arrays.setAll(all, i -> from + i);
            return all;
        }
        TopN recent = new TopN(SEEDS);
        for (int e = from; e < to; e++) {
            recent.offer(e, baskets.weight[e]);
        }
        return recent.drainBestFirst();
    }
}
