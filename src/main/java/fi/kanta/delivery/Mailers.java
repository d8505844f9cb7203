package fi.kanta.delivery;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.stereotype.Component;

/**
 * Opens the email channel for a run: SMTP when {@code spring.mail.host} is set, otherwise .eml files
 * in the folder given (the embedded default). DKIM signing applies to both when a key is configured.
 */
@Component
public class Mailers {

    private final DeliverySettings settings;
    private final SmtpServer smtp;
    private final EmailComposer composer;
    private final Clock clock;

    public Mailers(DeliverySettings settings, ObjectProvider<MailProperties> mail, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        MailProperties server = mail.getIfAvailable();
        this.smtp = server == null || server.getHost() == null || server.getHost().isBlank() ? null
                : SmtpServer.of(server);
        this.composer = new EmailComposer(this.clock, settings.dkim().enabled() ? DkimSigning.of(settings.dkim())
                : null);
    }

    /**
     * A watch over one run's first answers.
     *
     * @param runEmails      the run's emails in all
     * @param answeredBefore those already answered in earlier attempts of the run
     */
    public RefusalWatch refusalWatch(long runEmails, long answeredBefore) {
        return new RefusalWatch(settings.refusals(), runEmails, answeredBefore);
    }

    /**
     * A mailer for one run; {@code emlFolder} is used only when there is no SMTP server;
     * {@code handOver} keeps the record around each email. Close it after the run.
     */
    public Mailer open(Path emlFolder, HandOver handOver) {
        if (smtp == null) {
            return new EmlFileMailer(emlFolder, composer, handOver);
        }
        return new SmtpMailer(smtp, composer, settings, new RateLimiter(settings.ratePerSecond(), clock, Sleeper.REAL),
                Sleeper.REAL, handOver);
    }

    /** Whether a run's emails go to a mail server ({@code spring.mail.host} is set), not into .eml files. */
    public boolean sendsBySmtp() {
        return smtp != null;
    }

    /** The composer the mailers use, for previews ({@code kanta preview}). */
    public EmailComposer composer() {
        return composer;
    }

    /** Where emails go, for the run summary: the SMTP server or ".eml files". */
    public String destination(Path emlFolder) {
        return smtp == null ? ".eml files in " + emlFolder : "SMTP " + smtp;
    }
}
