package fi.kanta.outbox;

import fi.kanta.campaign.Campaign;
import fi.kanta.delivery.Mailbox;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.render.RenderedEmail;
import fi.kanta.render.Sender;
import java.net.URI;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes a rendered email into one for the mailer: from the shop, to the customer, with a
 * Message-ID derived from the run and the customer (the same on every attempt, so a receiving
 * server, and a test, can tell a resend) and the personal one-click unsubscribe address.
 */
@Component
public class CampaignEmails {

    private final Sender sender;

    public CampaignEmails(Sender sender) {
        this.sender = sender;
    }

    /** The recipient's email, rendered: from the shop, to the customer, with the run's Message-ID and their unsubscribe address. */
    public OutgoingEmail email(Campaign campaign, String runKey, Recipient recipient, RenderedEmail rendered) {
        Mailbox to;
        try {
            to = new Mailbox(recipient.email() == null ? "" : recipient.email().strip(), displayName(recipient.fullName()));
        } catch (IllegalArgumentException e) {
            throw new UnusableAddress(e.getMessage());
        }
        return new OutgoingEmail(
                new Mailbox(sender.email(), sender.name()),
                to,
                rendered.subject(), rendered.html(), rendered.text(),
                messageId(campaign.name(), runKey, recipient.customerId()),
                URI.create(recipient.unsubscribeUrl()),
                Map.of("X-Kanta-Run", campaign.name() + "/" + runKey));
    }

    /**
     * The customer's address is one no mail server would take: the customer's own data, unlike
     * every other reason an email cannot be made (a setting, a template), which says nothing about
     * the address.
     */
    public static final class UnusableAddress extends RuntimeException {
        UnusableAddress(String message) {
            super(message);
        }
    }

    /** {@code <2026-W48.1234.win-back@shop.example>}: unique per run and customer. */
    public String messageId(String campaign, String runKey, long customerId) {
        return "<" + runKey + "." + customerId + "." + campaign + "@" + sender.email().substring(sender.email().indexOf('@') + 1) + ">";
    }

    /**
     * The name beside the address: as given, except that control characters (a header break) become
     * spaces and "=?" (which mail programs would decode as an encoded word) is split.
     */
    static String displayName(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ").replace("=?", "= ?").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
