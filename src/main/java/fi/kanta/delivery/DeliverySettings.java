package fi.kanta.delivery;

import fi.kanta.SettingRefused;
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
 * @param refusals      when a run stops because the server refuses most of its first messages
 */
@ConfigurationProperties("kanta.delivery")
public record DeliverySettings(
        @DefaultValue("4") int connections,
        @DefaultValue("0") double ratePerSecond,
        @DefaultValue("3") int retries,
        @DefaultValue("2s") Duration backoff,
        @DefaultValue Dkim dkim,
        @DefaultValue Refusals refusals) {

    public DeliverySettings {
        if (connections < 1 || ratePerSecond < 0 || retries < 0 || backoff == null || backoff.isNegative()) {
            throw new SettingRefused("setting.delivery");
        }
        dkim = dkim == null ? new Dkim(null, null, null) : dkim;
        refusals = refusals == null ? new Refusals(50, 500, 0.2) : refusals;
    }

    /**
     * A run stops, writing no suppression, when the server answers its first messages mostly with
     * refusals: a relay or account set up wrongly refuses every message, and those answers must
     * not be taken for the customers' doing.
     *
     * @param inARow this many messages in a row refused (or failed for good) stop the run
     * @param window the first this many messages of a run: their suppressions wait until all of
     *               them have an answer, and more than {@code share} of them refused stops the run
     * @param share  the share of the window that stops the run (only for runs of at least
     *               {@code inARow} emails: a handful of bad addresses in a small run is no sign)
     */
    public record Refusals(@DefaultValue("50") int inARow, @DefaultValue("500") int window,
            @DefaultValue("0.2") double share) {

        public Refusals {
            if (inARow < 1 || window < 1 || share <= 0 || share > 1) {
                throw new SettingRefused("setting.delivery.refusals");
            }
        }
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
                throw new SettingRefused("setting.delivery.dkim");
            }
        }

        boolean enabled() {
            return keyFile != null;
        }
    }
}
