package fi.kanta.retention;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Kanta keeps what it no longer needs ({@code kanta.retention.*}; README "Retention" says why
 * each default). A duration of 0 keeps that kind for ever. What reports, the frequency cap, the
 * holdout's measurement and the consent proofs need is not here: it is kept with the customer.
 *
 * @param at               the shop-local time {@code kanta serve} removes what expired, once a night
 * @param runFiles         a run's folder under {@code out/<campaign>/} (print files, lists, .eml
 *                         files, report workbook) and the preview and test folders, after its newest file
 * @param lists            list files ({@code out/exports/}) and customers' data copies ({@code out/customers/})
 * @param importedFiles    files already imported: {@code inbox/done/}, {@code inbox/failed/}, console uploads
 * @param importReports    an import's reject report folder and the values kept in its rejected and
 *                         warned rows, after the import ended
 * @param deliveryAnswers  the mail server's answer kept with an outbox row ({@code detail}, which may
 *                         quote the address), after the row's last status change
 * @param feedbackComments the free-text comment of a feedback answer (the score stays for NPS)
 * @param consoleAudit     the console's audit rows
 * @param codes            expired one-time codes, letters' short codes and unconfirmed sign-ups, after expiry
 */
@ConfigurationProperties("kanta.retention")
public record RetentionSettings(
        @DefaultValue("03:30") LocalTime at,
        @DefaultValue("90d") Duration runFiles,
        @DefaultValue("30d") Duration lists,
        @DefaultValue("30d") Duration importedFiles,
        @DefaultValue("90d") Duration importReports,
        @DefaultValue("90d") Duration deliveryAnswers,
        @DefaultValue("365d") Duration feedbackComments,
        @DefaultValue("365d") Duration consoleAudit,
        @DefaultValue("1d") Duration codes) {
}
