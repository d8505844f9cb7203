package fi.kanta.delivery;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email delivery settings ({@code kanta.delivery.*} in application.properties, which documents
 * each). The SMTP server itself comes from {@code spring.mail.*}; with no host, emails become files.
 *
 * @param connections   SMTP connections open at once, each sending from its own thread
 * @param ratePerSecond most messages handed to the server per second over all connections; 0 = no limit
 * @param retries       further attempts after a temporary failure (4xx, timeout, dropped connection)
 * @param backoff       pause before the first retry; doubled for each further one
 * @param dkim          DKIM signing, off unless a key file is set
 */
@ConfigurationProperties("kanta.delivery")
public record DeliverySettings(
        @DefaultValue("4") int connections,
        @DefaultValue("0") double ratePerSecond,
        @DefaultValue("3") int retries,
        @DefaultValue("2s") Duration backoff,
        @DefaultValue Dkim dkim) {

    public DeliverySettings {
        if (connections < 1 || ratePerSecond < 0 || retries < 0 || backoff == null || backoff.isNegative()) {
            throw new IllegalArgumentException("kanta.delivery: connections >= 1, rate-per-second >= 0, retries >= 0"
                    + " and a backoff >= 0 are needed");
        }
        dkim = dkim == null ? new Dkim(null, null, null) : dkim;
    }

    /**
     * DKIM signing key and where its public half is published ({@code selector._domainkey.domain}).
     *
     * @param keyFile  unencrypted PKCS#8 RSA private key, DER or PEM; empty = do not sign
     * @param selector the selector of the published key
     * @param domain   the signing domain ({@code d=}), normally the sender's domain
     */
    public record Dkim(Path keyFile, String selector, String domain) {

        public Dkim {
            if (keyFile != null && (selector == null || selector.isBlank() || domain == null || domain.isBlank())) {
                throw new IllegalArgumentException("kanta.delivery.dkim: a key file needs a selector and a domain");
            }
        }

        boolean enabled() {
            return keyFile != null;
        }
    }
}
