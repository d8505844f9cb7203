package fi.kanta.picks;

import java.time.LocalDate;

/**
 * What a pick run did.
 *
 * @param asOf          the day the picks are for
 * @param products      products in the catalogue
 * @param inStock       of them in stock
 * @param customers     customers with order lines in the window (who allow profiling)
 * @param withPicks     of them, those who got at least one pick
 * @param picks         pick rows written
 * @param readMillis    reading the order lines
 * @param modelMillis   the co-purchase neighbours
 * @param pickMillis    picking for every customer and writing the rows
 */
public record PickReport(LocalDate asOf, int products, int inStock, int customers, int withPicks, long picks,
        long readMillis, long modelMillis, long pickMillis) {

    /** No products or no order lines: nothing was picked, and the last run's picks are gone. */
    public boolean none() {
        return picks == 0;
    }
}
