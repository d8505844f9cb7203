/**
 * The console's home page: what the database holds, the latest imports, runs in progress, the next
 * scheduled runs, NPS by month and the latest runs' results against their holdout. Counts come from
 * the kept summary ({@code customer/ShopSummary}, recounted in the background when a writer marked
 * them stale), results from {@code report/RunReports} computed in the background and kept in memory;
 * NPS at most once a minute; runs in progress are read afresh, as the page refreshes them.
 */
package fi.kanta.console.home;
