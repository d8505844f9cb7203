package fi.kanta.erasure;

import java.util.Locale;

/**
 * What gives a person away in a file: their email address, their phone number, or their last name
 * together with their first name or their street. A street alone is not theirs (it is the whole
 * household's, and a housemate's letter stays), nor is a first name alone. In CSV lines the shop's
 * customer id as a whole field is theirs too (an imported purchase or consent row).
 */
record Traces(String externalId, String email, String firstName, String lastName, String phone, String street) {

    Traces {
        email = lower(email);
        firstName = lower(firstName);
        lastName = lower(lastName);
        street = lower(street);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** True when the text (a file, a page, a spreadsheet row) names the person. */
    boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (email != null && lower.contains(email) || phone != null && text.contains(phone)) {
            return true;
        }
        return lastName != null && lower.contains(lastName)
                && (firstName != null && lower.contains(firstName) || street != null && lower.contains(street));
    }

    /** Like {@link #in}, for one line of a CSV file: also a field that is the shop's customer id. */
    boolean inLine(String line) {
        if (in(line)) {
            return true;
        }
        if (externalId == null || !line.contains(externalId)) {
            return false;
        }
        for (String field : line.split("[,;\\t]", -1)) {
            if (externalId.equals(field.strip().replace("\"", ""))) {
                return true;
            }
        }
        return false;
    }
}
