package fi.kanta.preferences;

import fi.kanta.KantaHome;
import fi.kanta.customer.CustomerChanges;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.HandOver;
import fi.kanta.delivery.Mailbox;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.Mailers;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.links.LinkSecret;
import fi.kanta.render.Sender;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One-time codes: before the preferences page shows what the shop holds, lets the customer download
 * it, erase it or turn emails on, the owner of the address on file proves it by typing a code mailed
 * there. A code is {@value #DIGITS} digits, good once for {@link #VALID} and {@value #ATTEMPTS}
 * tries; asking for a new one ends the earlier ones, and at most {@value #PER_HOUR} are mailed to
 * one customer in an hour (no one can make the page flood a mailbox). Only an HMAC of the code
 * (keyed with the link secret, so a copy of the database does not give the codes away by trying
 * every number) is kept, in {@code preference_passcode}. The mail goes through {@link Mailers}:
 * the mail server, or .eml files under {@code out/preferences/} when there is none.
 */
@Component
public class Passcodes {

    static final int DIGITS = 6;
    static final int ATTEMPTS = 5;
    static final int PER_HOUR = 3;
    public static final Duration VALID = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final CustomerChanges changes;
    private final LinkSecret secret;
    private final Mailers mailers;
    private final Sender sender;
    private final MessageSource texts;
    private final KantaHome home;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public Passcodes(JdbcTemplate jdbc, CustomerChanges changes, LinkSecret secret, Mailers mailers, Sender sender, MessageSource texts,
            KantaHome home) {
        this(jdbc, changes, secret, mailers, sender, texts, home, Clock.systemUTC());
    }

    Passcodes(JdbcTemplate jdbc, CustomerChanges changes, LinkSecret secret, Mailers mailers, Sender sender, MessageSource texts,
            KantaHome home, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.secret = secret;
        this.mailers = mailers;
        this.sender = sender;
        this.texts = texts;
        this.home = home;
        this.clock = clock;
    }

    /** What asking for a code did. */
    public enum Request {
        /** Mailed to the address on file. */
        SENT,
        /** No email address on file: the shop's staff can help. */
        NO_EMAIL,
        /** Too many codes in the last hour. */
        TOO_MANY,
        /** The mail could not be handed over. */
        NOT_SENT,
        /** The customer no longer exists. */
        NO_CUSTOMER
    }

    /** What typing a code did. */
    public enum Check {
        CONFIRMED, WRONG, NO_CODE
    }

    /** Makes a new code and mails it to the customer in {@code language}. */
    public Request request(long customerId, Locale language) {
        String code = String.format("%0" + DIGITS + "d", random.nextInt((int) Math.pow(10, DIGITS)));
        // the address to mail, or why there is none; the code is stored before it leaves
        Optional<Object> made = changes.apply(customerId, shopNow -> store(customerId, code));
        if (made.isEmpty()) {
            return Request.NO_CUSTOMER;
        }
        if (made.get() instanceof Request refused) {
            return refused;
        }
        return mail((String) made.get(), code, language) ? Request.SENT : Request.NOT_SENT;
    }

    /** Stores the code (ending the customer's earlier ones); the address to mail it to, or the {@link Request} why not. */
    private Object store(long customerId, String code) {
        String email = jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customerId);
        if (email == null || email.isBlank()) {
            return Request.NO_EMAIL;
        }
        LocalDateTime now = now();
        if (jdbc.queryForObject("SELECT COUNT(*) FROM preference_passcode WHERE customer_id = ? AND created_at > ?", Long.class,
                customerId, now.minusHours(1)) >= PER_HOUR) {
            return Request.TOO_MANY;
        }
        jdbc.update("UPDATE preference_passcode SET used = TRUE WHERE customer_id = ? AND used = FALSE", customerId);
        jdbc.update("INSERT INTO preference_passcode (customer_id, code_hash, created_at, expires_at, attempts, used)"
                + " VALUES (?, ?, ?, ?, 0, FALSE)", customerId, hash(customerId, code), now, now.plus(VALID));
        return email.strip();
    }

    /** Checks a typed code against the customer's newest one; a right one is used up, a wrong one costs a try. */
    public Check check(long customerId, String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        return changes.apply(customerId, shopNow -> {
            List<Object[]> newest = jdbc.query("SELECT id, code_hash FROM preference_passcode WHERE customer_id = ? AND used = FALSE"
                    + " AND expires_at > ? AND attempts < ? ORDER BY created_at DESC, id DESC",
                    (row, n) -> new Object[] {row.getLong(1), row.getString(2)}, customerId, now(), ATTEMPTS);
            if (newest.isEmpty()) {
                return Check.NO_CODE;
            }
            long id = (Long) newest.get(0)[0];
            boolean right = code.matches("\\d{" + DIGITS + "}") && MessageDigest.isEqual(
                    hash(customerId, code).getBytes(StandardCharsets.US_ASCII), ((String) newest.get(0)[1]).getBytes(StandardCharsets.US_ASCII));
            if (right) {
                jdbc.update("UPDATE preference_passcode SET used = TRUE WHERE id = ?", id);
                return Check.CONFIRMED;
            }
            jdbc.update("UPDATE preference_passcode SET attempts = attempts + 1 WHERE id = ?", id);
            return Check.WRONG;
        }).orElse(Check.NO_CODE);
    }

    private boolean mail(String to, String code, Locale language) {
        String subject = texts.getMessage("code.mail.subject", new Object[] {sender.name()}, language);
        String body = texts.getMessage("code.mail.body", new Object[] {code, VALID.toMinutes()}, language);
        String ignore = texts.getMessage("code.mail.ignore", null, language);
        String text = body + "\n\n" + ignore + "\n\n-- \n" + sender.name() + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(subject) + "</title></head><body><p>" + HtmlUtils.htmlEscape(body) + "</p><p>"
                + HtmlUtils.htmlEscape(ignore) + "</p><p>" + HtmlUtils.htmlEscape(sender.name()) + "</p></body></html>";
        String domain = sender.email().substring(sender.email().indexOf('@') + 1);
        try (Mailer mailer = mailers.open(home.out("preferences"), HandOver.NONE)) {
            OutgoingEmail email = new OutgoingEmail(new Mailbox(sender.email(), sender.name()), new Mailbox(to, ""), subject, html,
                    text, "<code-" + HexFormat.of().formatHex(randomBytes()) + "@" + domain + ">", null);
            List<DeliveryOutcome> outcomes = mailer.send(List.of(email));
            return outcomes.get(0).sent();
        } catch (IllegalArgumentException unusableAddress) {
            return false;
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }

    private String hash(long customerId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("passcode:" + customerId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
