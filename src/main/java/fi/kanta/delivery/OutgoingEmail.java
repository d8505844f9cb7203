package fi.kanta.delivery;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One rendered email for one recipient, ready for a {@link Mailer}. Every header value is checked
 * here, so a message that exists cannot inject headers: control characters (CR, LF, NUL, TAB, …) in
 * a name, subject or extra header are refused with an {@link IllegalArgumentException}.
 *
 * @param from             sender, e.g. {@code Kanta Shop <news@shop.fi>}
 * @param to               the recipient
 * @param subject          any text up to 998 characters; encoded as UTF-8 words when not plain ASCII
 * @param html             the HTML part (already escaped by the renderer)
 * @param text             the plain-text part, shown by clients that do not show HTML
 * @param messageId        {@code <left@right>}, unique per run and customer (a resent message keeps it)
 * @param listUnsubscribe  the recipient's one-click unsubscribe address (https), sent as
 *                         {@code List-Unsubscribe} with {@code List-Unsubscribe-Post} (RFC 8058);
 *                         null only for a message that is no marketing and goes to no list (a
 *                         sign-up's confirmation email, a one-time code the customer asked
 *                         for), which then has neither header
 * @param extraHeaders     more headers ({@code X-Campaign}, …) in order; names of headers Kanta
 *                         writes itself (From, Subject, Content-*, …) are refused
 */
public record OutgoingEmail(Mailbox from, Mailbox to, String subject, String html, String text, String messageId,
        URI listUnsubscribe, Map<String, String> extraHeaders) {

    private static final Pattern MESSAGE_ID =
            Pattern.compile("<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,200}@[A-Za-z0-9.-]{1,200}>");
    private static final int MAX_SUBJECT = 998;
    private static final int MAX_EXTRA_VALUE = 2000;

    public OutgoingEmail {
        if (from == null || to == null) {
            throw new IllegalArgumentException("an email needs a sender and a recipient");
        }
        HeaderText.singleLine("subject", subject, MAX_SUBJECT);
        if (html == null || text == null) {
            throw new IllegalArgumentException("an email needs an HTML and a text part");
        }
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("Message-ID must look like <left@right> with no spaces: "
                    + (messageId == null ? null : HeaderText.printable(messageId)));
        }
        listUnsubscribe = listUnsubscribe == null ? null : unsubscribeAddress(listUnsubscribe);
        extraHeaders = extraHeaders(extraHeaders);
    }

    /** An email with no extra headers. */
    public OutgoingEmail(Mailbox from, Mailbox to, String subject, String html, String text, String messageId,
            URI listUnsubscribe) {
        this(from, to, subject, html, text, messageId, listUnsubscribe, Map.of());
    }

    private static URI unsubscribeAddress(URI uri) {
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("List-Unsubscribe must be an https address: " + uri);
        }
        // java.net.URI already refuses spaces, controls and <>; a comma would split the header's list
        String ascii = uri.toASCIIString();
        if (ascii.indexOf(',') >= 0 || ascii.length() > 900) {
            throw new IllegalArgumentException("List-Unsubscribe address has a comma or is too long: " + ascii);
        }
        return uri;
    }

    private static Map<String, String> extraHeaders(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> checked = new LinkedHashMap<>();
        headers.forEach((name, value) -> checked.put(HeaderText.extraHeaderName(name),
                HeaderText.singleLine("header " + name, value, MAX_EXTRA_VALUE)));
        return Collections.unmodifiableMap(checked);
    }
}
