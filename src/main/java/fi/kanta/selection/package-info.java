/**
 * Whom a run reaches: {@link fi.kanta.selection.RecipientSelection} takes the segment's members
 * through the funnel ({@link fi.kanta.selection.FunnelStage}: consent, suppression, the Robinson register, frequency cap,
 * duplicates, letter budget, maximum), draws the {@link fi.kanta.selection.Holdout} and writes the
 * outbox in one transaction (or rolls it all back for a dry run); {@link fi.kanta.selection.Funnels}
 * reads back the funnel a run recorded. Uses the campaign definitions, never the outbox, lists or run.
 */
package fi.kanta.selection;
