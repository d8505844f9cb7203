/**
 * Clicks, when the shop counts them (docs/architecture.md "Clicks"): the counted links of a run's
 * emails ({@link fi.kanta.clicks.ClickTracking}), the hosts they may lead to
 * ({@link fi.kanta.clicks.ClickTargets}), following one and recording it once
 * ({@link fi.kanta.clicks.Clicks}), and deleting clicks past their retention
 * ({@link fi.kanta.clicks.ClickRetention}). The redirect page is in {@code web}, the token in
 * {@code links}; segments and reports read the {@code click} table.
 */
package fi.kanta.clicks;
