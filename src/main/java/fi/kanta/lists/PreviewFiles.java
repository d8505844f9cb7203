package fi.kanta.lists;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.ChannelType;
import fi.kanta.delivery.Mailers;
import fi.kanta.outbox.CampaignEmails;
import fi.kanta.outbox.Recipient;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.LetterPrintFiles.LaidOut;
import fi.kanta.render.PrintFile;
import fi.kanta.render.RenderedEmail;
import fi.kanta.render.Renderer;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        // each template folder is opened and checked once, though a campaign's email and letter usually share one
        Map<String, CampaignTemplates> opened = new LinkedHashMap<>();
        for (Campaign.Channel channel : campaign.channels()) {
            opened.computeIfAbsent(channel.template(), renderer::unchecked);
        }
        // the letter's PDF takes longest (its renderer and font are cold in a fresh command): it is laid
        // out on a second thread from the start, while this one checks the templates as a run would
        // (every template in every language) and renders the email; nothing is written before the check passes
        FutureTask<LaidOut> letter = campaign.channel(ChannelType.LETTER)
                .map(channel -> opened.get(channel.template()))
                .filter(CampaignTemplates::hasLetter)
                .map(templates -> new FutureTask<>(() -> renderer.layOutLetter(templates, model)))
                .orElse(null);
        if (letter != null) {
            Thread thread = new Thread(letter, "preview-letter");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            opened.values().forEach(CampaignTemplates::check);
            FutureTask<RenderedEmail> email = campaign.channel(ChannelType.EMAIL)
                    .map(channel -> opened.get(channel.template()))
                    .filter(CampaignTemplates::hasEmail)
                    .map(templates -> new FutureTask<>(() -> templates.email(model)))
                    .orElse(null);
            if (email != null) {
                email.run();
            }
            // written in the channels' order; the first channel that failed is the one reported
            List<Path> written = new ArrayList<>();
            for (Campaign.Channel channel : campaign.channels()) {
                if (channel.type() == ChannelType.EMAIL && email != null) {
                    RenderedEmail rendered = result(email);
                    written.add(Files.writeString(folder.resolve("email.html"), rendered.html(), StandardCharsets.UTF_8));
                    if (recipient.email() != null) {
                        written.add(eml(campaign, runKey, recipient, rendered, folder.resolve("email.eml")));
                    }
                }
                if (channel.type() == ChannelType.LETTER && letter != null) {
                    try (LaidOut laidOut = result(letter)) {
                        written.add(laidOut.writeInto(folder).file());
                    }
                }
            }
            return written;
        } finally {
            if (letter != null) {
                drop(letter);
            }
        }
    }

    /** The part's result, or the exception it ended with, as it was thrown. */
    private static <T> T result(FutureTask<T> part) throws IOException {
        try {
            return part.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the preview was written");
        }
    }

    /**
     * Waits for the letter's thread, so none is left writing when the preview ends, and lets go of its
     * PDF when it was not written (the check, or an earlier channel, failed); closing it twice is harmless.
     */
    private static void drop(FutureTask<LaidOut> letter) throws IOException {
        boolean interrupted = false;
        while (true) {
            try {
                letter.get().close();
                break;
            } catch (ExecutionException e) {
                break; // reported by result(), or hidden behind the failure that came first
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
