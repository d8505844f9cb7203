package fi.kanta.customer;

import fi.kanta.KantaHome;
import fi.kanta.SecretFile;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people erased at their request, known only by keyed hashes (docs/architecture.md "Erasure"):
 * HMAC-SHA256 of the shop's customer id, of the email key ({@link EmailAddress#key}) and of the
 * person key ({@link PersonKey}: the household key with the name, never the address alone, which
 * would block the housemates too). The key is {@code data/erasure-secret}, a secret of its own
 * rather than the link secret: links may be re-keyed when a secret leaks, but a new erasure key
 * would make every erasure unrecognisable, so it is never configured and never rotated.
 *
 * <p>Imports load the hashes once ({@link #known()}) and compare each row's own hashes against them
 * in memory: one HMAC per value, one hash-set look-up.
 */
@Component
public class ErasedPeople {

    /** The file under {@code data/} that holds the key. */
    public static final String SECRET_FILE = "erasure-secret";

    private static final String ALGORITHM = "HmacSHA256";

    private final KantaHome home;
    private final JdbcTemplate jdbc;
    private volatile SecretKeySpec key;

    public ErasedPeople(KantaHome home, JdbcTemplate jdbc) {
        this.home = home;
        this.jdbc = jdbc;
    }

    /** What a hash is of; each kind hashes with a prefix of its own, so equal texts of two kinds never match. */
    public enum Kind {
        EXTERNAL_ID("external-id:"), EMAIL("email:"), PERSON("person:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The three hashes of a customer; email and person null when the customer has no such key. */
    public record Hashes(String externalId, String email, String person) {
    }

    /** The hashes of a customer's shop id, email key and person key (any may be null). */
    public Hashes hashes(String externalId, String emailKey, String personKey) {
        Mac mac = mac();
        return new Hashes(hash(mac, Kind.EXTERNAL_ID, externalId), hash(mac, Kind.EMAIL, emailKey), hash(mac, Kind.PERSON, personKey));
    }

    /** One value's hash (64 hex digits), or null for null. */
    public String hash(Kind kind, String value) {
        return hash(mac(), kind, value);
    }

    private static String hash(Mac mac, Kind kind, String value) {
        if (value == null) {
            return null;
        }
        return HexFormat.of().formatHex(mac.doFinal((kind.prefix + value).getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        SecretKeySpec loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(SecretFile.readOrGenerate(home.home().resolve("data").resolve(SECRET_FILE),
                            "erasure secret"), ALGORITHM);
                }
                loaded = key;
            }
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(loaded);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    /**
     * Every erasure that holds (not forgiven), by hash, with the day it was asked for: loaded once
     * for an import, so a million rows are checked against it without a query each. Reads no key
     * when nobody was ever erased.
     */
    public Known known() {
        Map<String, LocalDate> byHash = new HashMap<>();
        jdbc.query("SELECT external_id_hash, email_hash, person_hash, erased_at FROM erasure WHERE forgiven_at IS NULL", rs -> {
            LocalDate day = rs.getTimestamp(4).toLocalDateTime().toLocalDate();
            for (int column = 1; column <= 3; column++) {
                String hash = rs.getString(column);
                if (hash != null) {
                    byHash.merge(hash.strip(), day, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        });
        return new Known(byHash);
    }

    /** The erasures that hold, as loaded once; each thread checks with a MAC of its own. */
    public final class Known {

        private final Map<String, LocalDate> byHash;
        private final ThreadLocal<Mac> macs;

        private Known(Map<String, LocalDate> byHash) {
            this.byHash = byHash;
            this.macs = ThreadLocal.withInitial(ErasedPeople.this::mac);
        }

        /** The day the person with this value (of this kind) was erased, or null when nobody was. */
        public LocalDate erasedOn(Kind kind, String value) {
            if (value == null || byHash.isEmpty()) {
                return null;
            }
            return byHash.get(hash(macs.get(), kind, value));
        }

        public boolean isEmpty() {
            return byHash.isEmpty();
        }
    }

    /**
     * Lets an email address back in after a later double opt-in the person confirmed themselves
     * (docs/architecture.md "Erasure"): every erasure with that email key stops holding, for
     * imports and campaigns alike. Returns how many erasures it forgave.
     */
    public int forgive(String emailKey, java.time.LocalDateTime now) {
        String hash = hash(Kind.EMAIL, EmailAddress.key(emailKey));
        return hash == null ? 0 : jdbc.update("UPDATE erasure SET forgiven_at = ? WHERE email_hash = ? AND forgiven_at IS NULL",
                Timestamp.valueOf(now), hash);
    }
}
