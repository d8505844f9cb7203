/**
 * Campaign definitions: what {@code jobs/<name>.yml} says ({@link fi.kanta.campaign.Campaign}, read
 * and checked by {@link fi.kanta.campaign.Campaigns}, every mistake naming file and line), the
 * campaign settings, and {@link fi.kanta.campaign.Definitions}, the check {@code kanta validate}
 * reports. The bottom of the campaign packages: it uses segments, customers and rendering, and none
 * of selection, outbox, lists or run.
 */
package fi.kanta.campaign;
