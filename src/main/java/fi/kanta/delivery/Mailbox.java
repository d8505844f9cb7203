package fi.kanta.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * An email address with the name shown beside it ({@code "Äijä, Matti" <matti@example.fi>}).
 * The address must be a plain ASCII addr-spec; the display name may be any text without control
 * characters (it is RFC 2047-encoded in UTF-8 when written). An empty name shows the address alone.
 */
public record Mailbox(String address, String displayName) {

    private static final int MAX_ADDRESS = 254;
    private static final int MAX_NAME = 200;

    public Mailbox {
        HeaderText.singleLine("email address", address, MAX_ADDRESS);
        displayName = HeaderText.singleLine("display name of " + address, displayName == null ? "" : displayName,
                MAX_NAME).strip();
        if (!address.chars().allMatch(c -> c > ' ' && c < 127) || address.indexOf('@') < 1) {
            throw new IllegalArgumentException("not a plain email address: " + HeaderText.printable(address));
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (!address.equals(parsed.getAddress()) || parsed.getPersonal() != null || parsed.isGroup()) {
                throw new IllegalArgumentException("not a plain email address: " + address);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a plain email address: " + address + " (" + e.getMessage() + ")");
        }
    }

    /** The mailbox without a display name. */
    public static Mailbox of(String address) {
        return new Mailbox(address, "");
    }

    /** The Jakarta Mail address, the display name encoded as UTF-8 words where it is not plain ASCII. */
    InternetAddress internetAddress() {
        try {
            return new InternetAddress(address, displayName.isEmpty() ? null : displayName,
                    StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
