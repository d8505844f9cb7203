package fi.kanta.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses: a sanity check at import, and the normalised key they are compared by. */
public final class EmailAddress {

    // Deliberately loose: one @, no spaces or control characters, a dot in the domain. The mail
    // server is the real judge; this catches typos such as "matti.meikalainen@" or "a@b".
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+\\.[^@\\s\\p{Cntrl}<>,;\".]{2,}");

    private EmailAddress() {
    }

    /** The address as given (trimmed) when it looks like one; otherwise an {@link IllegalArgumentException}. */
    public static String check(String text) {
        String address = text.strip();
        if (address.length() > 254 || !PLAUSIBLE.matcher(address).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
        return address;
    }

    /** The key addresses are compared by (docs/architecture.md "Consent and suppression"): trimmed and lower-cased. */
    public static String key(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
