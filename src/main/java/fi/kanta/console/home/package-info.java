/**
 * The console's home page: what the database holds, the latest imports, runs in progress, the next
 * scheduled runs, NPS by month and the latest runs' results against their holdout. Counts come from
 * the kept summary ({@code customer/ShopSummary}, recounted in the background when a writer marked
 * them stale), runs in progress from their kept counts ({@code campaign/RunCounts}), results from the
 * rows {@code report/KeptResults} keeps (those not computed yet or stale computed in the background);
 * NPS at most once a minute.
 */
package fi.kanta.console.home;
