package fi.kanta.signup;

import fi.kanta.words.SaidError;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newsletter sign-up's limits ({@code kanta.signup.*}, documented in application.properties).
 *
 * @param expiry               how long a confirmation link works; at least a day, so that an
 *                             expired sign-up no longer counts toward its address's daily limit
 *                             when it is removed
 * @param emailsPerAddress     confirmation emails to one address per 24 hours; later submissions
 *                             for it get the same answer and send nothing
 * @param submissionsPerClient form submissions from one client address per {@code clientWindow};
 *                             the next ones are answered "too many" (kept in this process's memory)
 * @param clientWindow         the window of {@code submissionsPerClient}
 */
@ConfigurationProperties("kanta.signup")
public record SignupSettings(
        @DefaultValue("7d") Duration expiry,
        @DefaultValue("3") int emailsPerAddress,
        @DefaultValue("10") int submissionsPerClient,
        @DefaultValue("10m") Duration clientWindow) {

    public SignupSettings {
        if (expiry.compareTo(Duration.ofDays(1)) < 0) {
            throw new SaidError("signup.settings.expiry", expiry);
        }
        if (emailsPerAddress < 1) {
            throw new SaidError("signup.settings.at-least-one", "kanta.signup.emails-per-address", emailsPerAddress);
        }
        if (submissionsPerClient < 1) {
            throw new SaidError("signup.settings.at-least-one", "kanta.signup.submissions-per-client", submissionsPerClient);
        }
        if (clientWindow.isNegative() || clientWindow.isZero()) {
            throw new SaidError("signup.settings.client-window", clientWindow);
        }
    }
}
