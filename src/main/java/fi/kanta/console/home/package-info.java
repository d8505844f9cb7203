/**
 * The console's home page: what the database holds, the latest imports, runs in progress, the next
 * scheduled runs, NPS by month and the latest runs' results against their holdout. Counts come from
 * {@code status/ShopStatus} at most once a minute, results from {@code report/RunReports} at most
 * once in five; runs in progress are read afresh, as the page refreshes them.
 */
package fi.kanta.console.home;
