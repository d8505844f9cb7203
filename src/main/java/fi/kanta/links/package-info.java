/**
 * Personal links: made by rendering (emails, letters) and opened by the web pages, so both use
 * this package and neither the other's.
 *
 * <p>{@link fi.kanta.links.UnsubscribeLinks} (a bean) makes each recipient's unsubscribe link:
 * <pre>{@code
 * String link = unsubscribeLinks.url(customerId, "newsletter", "weekly-newsletter", "2026-W48");
 * // https://shop.example/unsubscribe/AQ...  (List-Unsubscribe, the email footer, the letter's opt-out line)
 * }</pre>
 * The channel is the consent channel the message needs (email, newsletter or letter); the link
 * withdraws exactly that one, and its page offers all channels. {@code verify(token)} gives back an
 * {@link fi.kanta.links.UnsubscribeToken} for a genuine token only. Settings: {@code kanta.web.*}
 * ({@link fi.kanta.links.LinkSettings}).
 *
 * <p>A feedback-kind campaign's email also gets {@link fi.kanta.links.FeedbackLinks#urls}: eleven
 * links, scores 0 to 10, sharing one signed token that names the question (customer, campaign, run
 * key). Both kinds of token are signed by {@code LinkSigner}, which keeps them apart; the key is
 * {@link fi.kanta.links.LinkSecret}'s.
 */
package fi.kanta.links;
