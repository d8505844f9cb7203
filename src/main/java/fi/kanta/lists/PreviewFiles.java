package fi.kanta.lists;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.delivery.Mailers;
import fi.kanta.outbox.CampaignEmails;
import fi.kanta.outbox.Recipient;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.PrintFile;
import fi.kanta.render.RenderedEmail;
import fi.kanta.render.Renderer;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real email and letter of one customer, rendered exactly as a run would, for a preview. */
final class PreviewFiles {

    private final Renderer renderer;
    private final CampaignEmails emails;
    private final Mailers mailers;

    PreviewFiles(Renderer renderer, CampaignEmails emails, Mailers mailers) {
        this.renderer = renderer;
        this.emails = emails;
        this.mailers = mailers;
    }

    List<Path> write(Campaign campaign, String runKey, Recipient recipient, Path folder) throws IOException {
        Map<String, Object> model = recipient.model();
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Campaign.Channel channel : campaign.channels()) {
            CampaignTemplates templates = renderer.open(channel.template());
            if (channel.type() == ChannelType.EMAIL && templates.hasEmail()) {
                RenderedEmail email = templates.email(model);
                written.add(Files.writeString(folder.resolve("email.html"), email.html(), StandardCharsets.UTF_8));
                if (recipient.email() != null) {
                    written.add(eml(campaign, runKey, recipient, email, folder.resolve("email.eml")));
                }
            }
            if (channel.type() == ChannelType.LETTER && templates.hasLetter()) {
                for (PrintFile file : renderer.writeLetters(templates, folder, List.of(model))) {
                    written.add(file.file());
                }
            }
        }
        return written;
    }

    /** The recipient's email, rendered and addressed as the run would send it. */
    OutgoingEmail email(Campaign campaign, String runKey, Recipient recipient) {
        Campaign.Channel channel = campaign.channel(ChannelType.EMAIL).orElseThrow(
                () -> new IllegalStateException(campaign.name() + " has no email channel"));
        return emails.email(campaign, runKey, recipient, renderer.open(channel.template()).email(recipient.model()));
    }

    /** The recipients' letters as the run would print them, into {@code folder}. */
    List<PrintFile> letters(Campaign campaign, List<Recipient> recipients, Path folder) throws IOException {
        Campaign.Channel channel = campaign.channel(ChannelType.LETTER).orElseThrow(
                () -> new IllegalStateException(campaign.name() + " has no letter channel"));
        Files.createDirectories(folder);
        return renderer.writeLetters(renderer.open(channel.template()), folder, recipients.stream().map(Recipient::model).toList());
    }

    private Path eml(Campaign campaign, String runKey, Recipient recipient, RenderedEmail email, Path file)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            mailers.composer().compose(emails.email(campaign, runKey, recipient, email)).writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
