package fi.kanta.delivery;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mail server's refusal says about the address, read from its reply code and enhanced
 * status code (RFC 3463). Only answers about the mailbox itself justify suppressing an address
 * for good; a relay, policy, authentication or content refusal says something about the sender's
 * set-up or the message, and one misconfigured relay must not cost a shop its whole list. Every
 * reading of a refusal (while sending, and of returned mail) goes through {@link #of}.
 */
public enum Refusal {
    /** Try again later (4xx). */
    TEMPORARY,
    /** The mailbox does not exist or is disabled: suppress the address. */
    MAILBOX_GONE,
    /** This message was refused for good, for a reason other than the mailbox: fail it, suppress nothing. */
    MESSAGE_REFUSED;

    /** 5.1.1 bad mailbox, 5.1.2 bad domain, 5.1.3 bad address syntax, 5.1.10 null MX, 5.2.1 mailbox disabled. */
    private static final Set<String> MAILBOX_CODES = Set.of("5.1.1", "5.1.2", "5.1.3", "5.1.10", "5.2.1");

    /** An enhanced status code at the start of the text, after the basic code if the text repeats it. */
    private static final Pattern ENHANCED = Pattern.compile("^(?:\\d{3}[ -])?\\s*([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    /**
     * Classifies a reply to RCPT TO or to the end of the message. A bare 5xx without an enhanced
     * code (a plain "550") is not taken as proof that the mailbox is gone: servers send it for
     * relay and policy refusals too.
     *
     * @param code  the basic reply code (250, 451, 550, …); 0 when there was none
     * @param reply the reply text, with or without the basic code in front
     */
    public static Refusal of(int code, String reply) {
        if (code < 500) {
            return TEMPORARY;
        }
        String enhanced = enhancedCode(reply);
        return MAILBOX_CODES.contains(enhanced) ? MAILBOX_GONE : MESSAGE_REFUSED;
    }

    /**
     * A reply without the addresses it names, so that one cause reads as one line however many
     * recipients got it ({@code 554 5.7.1 <…>: Relay access denied}). Control characters become
     * spaces: a reply is shown on terminals and in workbooks.
     */
    public static String withoutAddresses(String reply) {
        return reply == null ? "" : reply.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("<[^<>\\s]*@[^<>\\s]*>", "<…>").replaceAll("\\S+@\\S+", "…");
    }

    /** The enhanced status code of a reply ("5.1.1"), or "" when it has none. */
    public static String enhancedCode(String reply) {
        if (reply == null) {
            return "";
        }
        Matcher matcher = ENHANCED.matcher(reply.strip());
        return matcher.find() ? matcher.group(1) : "";
    }
}
