package fi.kanta.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded channel, used when no SMTP host is configured: each email becomes
 * {@code <folder>/<Message-ID>.eml}, written to a temporary file and renamed into place, so a file
 * that exists is whole. The same Message-ID writes the same file again (a resend replaces it).
 */
public final class EmlFileMailer implements Mailer {

    private static final int MAX_NAME = 180;

    private final Path folder;
    private final EmailComposer composer;
    private final HandOver handOver;
    private final List<DeliveryOutcome> outcomes = new ArrayList<>();

    /** A mailer whose pusher keeps no record around each email. */
    public EmlFileMailer(Path folder, EmailComposer composer) {
        this(folder, composer, HandOver.NONE);
    }

    public EmlFileMailer(Path folder, EmailComposer composer, HandOver handOver) {
        this.folder = folder;
        this.composer = composer;
        this.handOver = handOver;
    }

    @Override
    public void push(OutgoingEmail email) {
        if (!handOver.record(null, email)) {
            outcomes.add(DeliveryOutcome.skipped(email.messageId()));
            return;
        }
        DeliveryOutcome outcome = write(email);
        handOver.record(outcome, null);
        outcomes.add(outcome);
    }

    @Override
    public List<DeliveryOutcome> flush() {
        List<DeliveryOutcome> done = List.copyOf(outcomes);
        outcomes.clear();
        return done;
    }

    @Override
    public void close() {
        // nothing is held open between messages
    }

    /** The file an email with this Message-ID is written to. */
    public Path fileOf(String messageId) {
        return folder.resolve(fileName(messageId));
    }

    private DeliveryOutcome write(OutgoingEmail email) {
        MimeMessage message;
        try {
            message = composer.compose(email);
        } catch (MessagingException | RuntimeException e) {
            return DeliveryOutcome.notComposed(email.messageId(), e);
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".sending-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    message.writeTo(out);
                }
                Files.move(temporary, fileOf(email.messageId()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return new DeliveryOutcome(email.messageId(), DeliveryStatus.SENT, 0, "", 1);
        } catch (IOException | MessagingException e) {
            return new DeliveryOutcome(email.messageId(), DeliveryStatus.FAILED_RETRYABLE, 0,
                    "could not write the .eml file in " + folder + ": " + e, 1);
        }
    }

    /**
     * The Message-ID without its angle brackets, with anything but letters, digits, {@code . _ - @}
     * replaced; when something was replaced or cut, a hash of the whole ID keeps names distinct.
     */
    static String fileName(String messageId) {
        String inner = messageId.startsWith("<") && messageId.endsWith(">")
                ? messageId.substring(1, messageId.length() - 1) : messageId;
        String safe = inner.replaceAll("[^A-Za-z0-9._@-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (!safe.equals(inner) || safe.length() > MAX_NAME) {
            safe = safe.substring(0, Math.min(safe.length(), MAX_NAME)) + "-" + shortHash(messageId);
        }
        return safe + ".eml";
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
