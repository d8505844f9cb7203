package fi.kanta.links;

import java.nio.ByteBuffer;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The links to a customer's preferences page, and the proof that they confirmed a one-time code.
 *
 * <ul>
 * <li>Emails: {@code <kanta.web.public-url>/preferences/<token>}, a {@link PreferenceLink} signed by
 *     {@link LinkSigner}, valid {@code kanta.web.preferences-link-days} days (an email gets forwarded;
 *     an unsubscribe link, by contrast, never expires).</li>
 * <li>Letters: a short address a person can type, {@code <kanta.web.public-url>/p/<code>}, the code
 *     ten characters of Crockford's base32 (50 random bits), kept in {@code preference_short_code}
 *     with its customer and last moment. Opening it gives the same page.</li>
 * <li>Confirmed: once the customer typed the one-time code mailed to them, the page carries a token
 *     signed for {@link LinkSigner.Kind#CONFIRMED} naming them and a moment minutes away, in a hidden
 *     form field: the public pages keep no sessions, and a token the page must send back on purpose
 *     cannot be sent by another site in the customer's name, as a cookie could.</li>
 * </ul>
 */
@Component
public class PreferenceLinks {

    public static final String PATH = "/preferences/";
    public static final String SHORT_PATH = "/p/";
    /** Crockford's base32: no I, L, O or U to misread. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 10;
    /** The code a preview or a test letter prints: never issued, so it opens nothing. */
    public static final String SAMPLE_CODE = "0000000000";

    private final LinkSettings settings;
    private final LinkSigner signer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public PreferenceLinks(LinkSettings settings, LinkSecret secret, JdbcTemplate jdbc) {
        this(settings, secret, jdbc, Clock.systemDefaultZone());
    }

    public PreferenceLinks(LinkSettings settings, LinkSecret secret, JdbcTemplate jdbc, Clock clock) {
        this.settings = settings;
        this.signer = new LinkSigner(secret);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An email's link to the customer's page; {@code test} for a preview's or test send's (its page records nothing). */
    public String emailUrl(long customerId, boolean test) {
        return url(new PreferenceLink(customerId, LocalDate.now(clock).plusDays(settings.preferencesLinkDays()), test));
    }

    /** The page's own address for a link (where its forms post). */
    public String url(PreferenceLink link) {
        return settings.publicUrl() + PATH + token(link);
    }

    /** The token part of the page's address. */
    public String token(PreferenceLink link) {
        return signer.sign(LinkSigner.Kind.PREFERENCES, link.payload());
    }

    /** What a token says, when it is one this installation signed, nobody altered, and its last day has not passed. */
    public Optional<PreferenceLink> verify(String token) {
        return signer.verify(LinkSigner.Kind.PREFERENCES, token).flatMap(PreferenceLink::read)
                .filter(link -> !LocalDate.now(clock).isAfter(link.lastDay()));
    }

    /**
     * A letter's short address for the customer, kept until the link's last day: the code made for
     * them today if there is one (a run renders a letter more than once: the delivery check, the
     * print file), else a new one. Joins the caller's transaction.
     */
    public String letterAddress(long customerId) {
        LocalDate lastDay = LocalDate.now(clock).plusDays(settings.preferencesLinkDays());
        LocalDateTime expires = utc(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        List<String> today = jdbc.queryForList("SELECT code FROM preference_short_code WHERE customer_id = ? AND expires_at = ?",
                String.class, customerId, expires);
        if (!today.isEmpty()) {
            return shortAddress(today.get(0));
        }
        Instant now = clock.instant();
        while (true) {
            String code = newCode();
            try {
                jdbc.update("INSERT INTO preference_short_code (code, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)", code,
                        customerId, utc(now), expires);
                return shortAddress(code);
            } catch (DuplicateKeyException taken) {
                // one in 2^50 per code already out there: draw again
            }
        }
    }

    /** The short address a preview or test letter prints ({@link #SAMPLE_CODE}: opens nothing). */
    public String sampleLetterAddress() {
        return shortAddress(SAMPLE_CODE);
    }

    private String shortAddress(String code) {
        return settings.publicUrl() + SHORT_PATH + code;
    }

    /** The link a typed short code stands for: read leniently (case, spaces, dashes, O for 0, I and L for 1), if it is still valid. */
    public Optional<PreferenceLink> openShortCode(String typed) {
        String code = normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        List<PreferenceLink> found = jdbc.query("SELECT customer_id, expires_at FROM preference_short_code WHERE code = ? AND expires_at > ?",
                (row, n) -> new PreferenceLink(row.getLong(1),
                        row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC).minusNanos(1).atZone(clock.getZone()).toLocalDate(),
                        false),
                code, utc(clock.instant()));
        return found.stream().findFirst();
    }

    static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != CODE_LENGTH || code.equals(SAMPLE_CODE)) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        long bits = random.nextLong();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return code.toString().equals(SAMPLE_CODE) ? newCode() : code.toString();
    }

    /** A token saying the customer confirmed a one-time code just now; good for {@code validFor}. */
    public String confirmed(long customerId, Duration validFor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        TokenFields.writeVarint(out, customerId);
        TokenFields.writeVarint(out, clock.instant().plus(validFor).getEpochSecond());
        return signer.sign(LinkSigner.Kind.CONFIRMED, out.toByteArray());
    }

    /** Whether the token is a genuine, unexpired confirmation of this customer. */
    public boolean isConfirmed(String token, long customerId) {
        return signer.verify(LinkSigner.Kind.CONFIRMED, token).map(payload -> {
            try {
                ByteBuffer in = ByteBuffer.wrap(payload);
                long who = TokenFields.readVarint(in);
                long until = TokenFields.readVarint(in);
                return !in.hasRemaining() && who == customerId && clock.instant().getEpochSecond() < until;
            } catch (RuntimeException malformed) {
                return false;
            }
        }).orElse(false);
    }

    /** Times in the table are UTC, handed to JDBC as local date-times so that no zone of the JVM shifts them. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
