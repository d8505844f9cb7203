package fi.kanta.console.campaigns;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One customer in a campaign's run as the console previews them: whether the run would select
 * them (or the condition that leaves them out), and their email and letter exactly as the run
 * would make them, with personal links that act on no one.
 *
 * @param customerId the customer's internal id (for the audit)
 * @param customer  the customer's id in the shop (found by id or by email address)
 * @param verdict   selected (target or holdout, by which channel) or left out, and why
 * @param reward    which of the offer's rewards the customer gets and why, as {@code kanta preview} says it; empty
 *                  when the offer has fewer than two rewards
 * @param subject   the email's subject; empty when the campaign sends no email or the customer has no address
 * @param headers   the email's headers as sent, in order
 * @param text      the email's plain-text part
 * @param html      the file holding the email's HTML part (served apart, sandboxed, scripts forbidden)
 * @param letters   the letter PDF files' names, when the campaign prints letters
 */
public record CustomerPreview(String campaign, String runKey, long customerId, String customer, String verdict, Optional<String> reward,
        Optional<String> subject,
        List<Header> headers, Optional<String> text, Optional<Path> html, List<String> letters) {

    /** One header line of the email. */
    public record Header(String name, String value) {
    }
}
