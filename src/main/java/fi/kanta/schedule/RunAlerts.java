package fi.kanta.schedule;

import fi.kanta.KantaHome;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.HandOver;
import fi.kanta.delivery.Mailbox;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.Mailers;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.render.Sender;
import fi.kanta.words.Words;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The alert of a scheduled run that failed: one plain email to each address of
 * {@code kanta.alerts.email}, through the shop's mail settings (SMTP, else .eml files under
 * {@code out/alerts/}), from the shop's sender address. It names the campaign, the run key (the
 * week), the run and the error's first line (addresses in it blanked, at most 300 characters), with
 * the address of the run's console page; never a customer. It is written in the marketer's language,
 * as {@code problem} is given. A run is alerted once per process, so a
 * launch refused at every round does not mail every minute.
 */
@Component
public class RunAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(RunAlerts.class);
    private static final int FIRST_LINE_MAX = 300;

    private final AlertSettings settings;
    private final Mailers mailers;
    private final Sender sender;
    private final Path folder;
    private final Set<String> alerted = ConcurrentHashMap.newKeySet();
    private final Words words;

    RunAlerts(AlertSettings settings, Mailers mailers, Sender sender, KantaHome home, Words words) {
        this.words = words;
        this.settings = settings;
        this.mailers = mailers;
        this.sender = sender;
        this.folder = home.out("alerts");
    }

    /**
     * Tells the addresses that the scheduled run {@code campaign/runKey} failed with {@code problem}
     * (in the marketer's language); false when nobody was told.
     */
    public boolean failed(String campaign, String runKey, String problem) {
        String run = campaign + "/" + runKey;
        if (settings.email().isEmpty() || !alerted.add(run)) {
            return false;
        }
        String firstLine = problem == null || problem.isBlank() ? words.text("alert.no-message") : firstLine(problem);
        String page = settings.consoleUrl() + "/console/campaigns/" + campaign + "/runs/" + runKey;
        String subject = words.text("alert.subject", run);
        String text = String.join("\n", words.text("alert.intro"), "", words.text("alert.campaign", campaign),
                words.text("alert.run-key", runKey), words.text("alert.run", run), words.text("alert.error", firstLine), "",
                words.text("alert.page", page), words.text("alert.resume", run)) + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"" + words.locale().getLanguage() + "\"><head><meta charset=\"utf-8\"></head><body><pre>"
                + HtmlUtils.htmlEscape(text) + "</pre></body></html>\n";
        String domain = sender.email().substring(sender.email().lastIndexOf('@') + 1);
        boolean told = false;
        try (Mailer mailer = mailers.open(folder, HandOver.NONE)) {
            for (String address : settings.email()) {
                OutgoingEmail email = new OutgoingEmail(new Mailbox(sender.email(), sender.name()), Mailbox.of(address), subject, html, text,
                        "<alert-" + UUID.randomUUID() + "@" + domain + ">", null);
                DeliveryOutcome outcome = mailer.send(List.of(email)).get(0);
                told |= outcome.sent();
                if (!outcome.sent()) {
                    LOG.warn("the alert of {} was not accepted by the mail server: {}", run, outcome.reply());
                }
            }
        } catch (RuntimeException e) {
            LOG.error("cannot send the alert of {}", run, e); // the round goes on: the failure itself is in the log already
        }
        return told;
    }

    /** The error's first line, without email addresses, short enough for a subject-like line. */
    static String firstLine(String problem) {
        String line = problem.strip().lines().findFirst().orElse("");
        line = line.replaceAll("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+", "[address]");
        return line.length() > FIRST_LINE_MAX ? line.substring(0, FIRST_LINE_MAX) + "…" : line;
    }
}
