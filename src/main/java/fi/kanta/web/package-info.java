/**
 * The web side of Kanta, started by {@code kanta serve} ({@link fi.kanta.web.ServeCommand}): for now
 * the public unsubscribe and feedback answer pages; later the marketer console, REST API and preference pages.
 *
 * <p>For rendering, {@link fi.kanta.web.UnsubscribeLinks} (a bean) makes each recipient's link:
 * <pre>{@code
 * String link = unsubscribeLinks.url(customerId, "newsletter", "weekly-newsletter", "2026-W48");
 * // https://shop.example/unsubscribe/AQ...  (List-Unsubscribe, the email footer, the letter's opt-out line)
 * }</pre>
 * The channel is the consent channel the message needs (email, newsletter or letter); the link
 * withdraws exactly that one, and its page offers all channels. {@code verify(token)} gives back an
 * {@link fi.kanta.web.UnsubscribeToken} for a genuine token only. Settings: {@code kanta.web.*}
 * ({@link fi.kanta.web.WebSettings}).
 *
 * <p>A feedback-kind campaign's email also gets {@link fi.kanta.web.FeedbackLinks#urls}: eleven
 * links, scores 0 to 10, sharing one signed token that names the question (customer, campaign, run
 * key). Both kinds of token are signed by {@code LinkSigner}, which keeps them apart.
 */
package fi.kanta.web;
