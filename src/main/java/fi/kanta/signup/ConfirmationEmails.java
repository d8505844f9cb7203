package fi.kanta.signup;

import fi.kanta.KantaHome;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.HandOver;
import fi.kanta.delivery.Mailbox;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.Mailers;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.links.SignupLinks;
import fi.kanta.links.SignupLinks.SignupToken;
import fi.kanta.render.Sender;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The confirmation email of a sign-up, in the language chosen on the form: a greeting, what to do,
 * the link, how long it works and "ignore this if it was not you". Plain on purpose (no images, no
 * tracking, no unsubscribe headers: it is no marketing and goes to no list). The texts are the
 * public pages' ({@code web/messages*.properties}, keys {@code signup.email.*}); the name typed on
 * the form is escaped in the HTML part, and every header passes {@link OutgoingEmail}'s checks. It
 * goes out the way a run's emails do ({@link Mailers}): through the mail server when
 * {@code spring.mail.host} is set, else as an .eml file in {@code out/signup/emails/}.
 */
@Component
class ConfirmationEmails {

    private final Mailers mailers;
    private final SignupLinks links;
    private final Sender sender;
    private final MessageSource texts;
    private final SignupSettings settings;
    private final Path folder;

    ConfirmationEmails(Mailers mailers, SignupLinks links, Sender sender, MessageSource texts, SignupSettings settings, KantaHome home) {
        this.mailers = mailers;
        this.links = links;
        this.sender = sender;
        this.texts = texts;
        this.settings = settings;
        this.folder = home.home().resolve("out").resolve("signup").resolve("emails");
    }

    /** Sends the email; returns what became of it. */
    DeliveryOutcome send(SignupForm form, SignupToken token) {
        OutgoingEmail email = email(form, token);
        try (Mailer mailer = mailers.open(folder, HandOver.NONE)) {
            return mailer.send(List.of(email)).get(0);
        }
    }

    OutgoingEmail email(SignupForm form, SignupToken token) {
        Locale language = Locale.forLanguageTag(form.language());
        String link = links.url(token);
        String days = String.valueOf(settings.expiry().toDays());
        String greeting = form.firstName() == null ? text("hello.anonymous", language) : text("hello", language, form.firstName());
        String ask = text("signup.email.ask", language, form.email(), sender.name());
        String button = text("signup.email.open", language);
        String expires = text("signup.email.expires", language, days);
        String notYou = text("signup.email.not.you", language);
        String plain = String.join("\n\n", greeting, ask, button + "\n" + link, expires, notYou, sender.name()) + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"></head><body>\n"
                + paragraph(greeting) + paragraph(ask)
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(button) + "</a></p>\n"
                + paragraph(expires) + paragraph(notYou) + paragraph(sender.name()) + "</body></html>\n";
        return new OutgoingEmail(new Mailbox(sender.email(), sender.name()), Mailbox.of(form.email()),
                text("signup.email.subject", language, sender.name()), html, plain, messageId(token), null);
    }

    private String messageId(SignupToken token) {
        String domain = sender.email().substring(sender.email().lastIndexOf('@') + 1);
        return "<signup-" + token.signupId() + "." + token.code() + "@" + domain + ">";
    }

    private String text(String key, Locale language, Object... arguments) {
        return texts.getMessage(key, arguments, language);
    }

    private static String paragraph(String text) {
        return "<p>" + HtmlUtils.htmlEscape(text) + "</p>\n";
    }
}
