package fi.kanta.signup;

import fi.kanta.customer.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the sign-up form sends, checked: an email address a mail server can take (plain ASCII, no
 * spaces or control characters), an optional first name (at most 200 characters, on one line: it
 * goes into the confirmation email and later the customer row) and one of the shop's languages.
 */
public record SignupForm(String email, String firstName, String language) {

    static final int MAX_FIRST_NAME = 200;

    /** The form's fields, by the names the form posts; a mistake names its field. */
    public enum Field {
        EMAIL("email"), FIRST_NAME("first_name"), LANGUAGE("language");

        private final String name;

        Field(String name) {
            this.name = name;
        }

        /** The field's name in the form. */
        public String formName() {
            return name;
        }
    }

    /** The form when every field is right, otherwise the fields that are wrong, in the form's order. */
    public record Checked(SignupForm form, List<Field> mistakes) {

        public boolean ok() {
            return mistakes.isEmpty();
        }
    }

    /**
     * Checks what was posted.
     *
     * @param languages the shop's languages ({@code kanta.shop.languages}); a missing language is the first
     */
    public static Checked check(String email, String firstName, String language, List<String> languages) {
        List<Field> mistakes = new ArrayList<>();
        String address = address(email);
        if (address == null) {
            mistakes.add(Field.EMAIL);
        }
        String name = firstName == null || firstName.isBlank() ? null : firstName.strip();
        if (name != null && (name.length() > MAX_FIRST_NAME || name.chars().anyMatch(SignupForm::breaksALine))) {
            mistakes.add(Field.FIRST_NAME);
        }
        String chosen = language == null || language.isBlank() ? languages.get(0) : language.strip().toLowerCase(Locale.ROOT);
        if (!languages.contains(chosen)) {
            mistakes.add(Field.LANGUAGE);
        }
        return new Checked(mistakes.isEmpty() ? new SignupForm(address, name, chosen) : null, List.copyOf(mistakes));
    }

    /** The address when a mail server could take it: plausible, and ASCII (the mail header's address is). */
    private static String address(String email) {
        if (email == null) {
            return null;
        }
        try {
            String address = EmailAddress.check(email);
            return address.chars().allMatch(c -> c > ' ' && c < 127) ? address : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static boolean breaksALine(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** The key the address is compared by (customer.email_key). */
    public String emailKey() {
        return EmailAddress.key(email);
    }
}
