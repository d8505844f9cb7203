package fi.kanta.console.campaigns;

import fi.kanta.customer.EmailAddress;
import fi.kanta.lists.Previews;
import fi.kanta.words.SaidError;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Previews for the console: a customer found by the shop's id or by email address, rendered by
 * {@link Previews} (the same as {@code kanta preview}, its reward explained in the page's language) with test links, and the email read back from
 * the .eml it wrote, so the page shows the headers and parts exactly as they would leave.
 */
@Service
public class CustomerPreviews {

    private final Previews previews;
    private final JdbcTemplate jdbc;
    private final fi.kanta.KantaHome home;
    private final PageWords words;

    CustomerPreviews(Previews previews, JdbcTemplate jdbc, fi.kanta.KantaHome home, PageWords words) {
        this.home = home;
        this.words = words;
        this.previews = previews;
        this.jdbc = jdbc;
    }

    /** The customer named by {@code idOrEmail} in the named campaign's run now. */
    public CustomerPreview of(String campaign, String idOrEmail) {
        String customer = customer(idOrEmail);
        // whether selected and which reward, as kanta preview says it, in the page's language
        Previews.Preview preview = previews.withTestLinks(campaign, customer, words.now());
        List<Path> written;
        try {
            written = previews.write(preview);
        } catch (IOException e) {
            throw new SaidError(e, "page.preview.unwritable", campaign, e.getMessage());
        }
        Optional<Path> html = written.stream().filter(file -> file.getFileName().toString().equals("email.html")).findFirst();
        Optional<Path> eml = written.stream().filter(file -> file.getFileName().toString().equals("email.eml")).findFirst();
        List<String> letters = written.stream().map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".pdf")).toList();
        if (eml.isEmpty()) {
            return new CustomerPreview(campaign, preview.runKey(), internalId(customer), customer, preview.verdict(), preview.reward(), Optional.empty(), List.of(),
                    Optional.empty(), html, letters);
        }
        try (InputStream in = Files.newInputStream(eml.get())) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<CustomerPreview.Header> headers = new ArrayList<>();
            for (jakarta.mail.Header header : Collections.list(message.getAllHeaders())) {
                headers.add(new CustomerPreview.Header(header.getName(), decoded(header.getValue())));
            }
            return new CustomerPreview(campaign, preview.runKey(), internalId(customer), customer, preview.verdict(), preview.reward(), Optional.ofNullable(message.getSubject()),
                    headers, Optional.ofNullable(textPart(message)), html, letters);
        } catch (IOException | MessagingException e) {
            throw new SaidError(e, "page.preview.unreadable", e.getMessage());
        }
    }

    /** The shop's id as given, or the id of the customer with that email address (the first, when several share it). */
    public String externalId(String idOrEmail) {
        return customer(idOrEmail);
    }

    private String customer(String idOrEmail) {
        String given = idOrEmail == null ? "" : idOrEmail.strip();
        if (given.isEmpty()) {
            throw new SaidError("page.preview.customer");
        }
        List<String> byId = jdbc.queryForList("SELECT external_id FROM customer WHERE external_id = ?", String.class, given);
        if (!byId.isEmpty()) {
            return byId.get(0);
        }
        List<String> byEmail = given.contains("@") ? jdbc.queryForList(
                "SELECT external_id FROM customer WHERE email_key = ? ORDER BY id", String.class, EmailAddress.key(given)) : List.of();
        if (byEmail.isEmpty()) {
            throw new SaidError("page.preview.no-customer", given);
        }
        return byEmail.get(0);
    }

    private long internalId(String customer) {
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, customer);
    }

    /** The folder a preview of the customer is written to, as {@link Previews#write} names it. */
    public Path folder(String campaign, String customer) {
        return home.out(campaign, "preview", customer.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private static String decoded(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }

    /** The first text/plain part, wherever it is in the message. */
    private static String textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = textPart(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
