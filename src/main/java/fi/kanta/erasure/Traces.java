package fi.kanta.erasure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What gives the people being erased away in a file: an email address, a phone number, or a last
 * name together with that person's first name or street. A street alone is not theirs (it is the
 * whole household's, and a housemate's letter stays), nor is a first name alone. In CSV lines the
 * shop's customer id as a whole field is theirs too (an imported purchase or consent row).
 *
 * <p>A text is cut into words once and each word looked up, so ten thousand people erased at once
 * cost no more per line than one.
 */
final class Traces {

    private static final Pattern WORDS = Pattern.compile("[\\s,;:<>\"'()\\[\\]{}|=/\\\\]+");

    /** One person's values, lower-cased (the phone and the shop's id as they are). */
    private record Person(String firstName, String lastName, String street) {
    }

    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> externalIds = new HashSet<>();
    /** People by the last word of their last name: the word that sends a line to the closer look. */
    private final Map<String, List<Person>> byLastWord = new HashMap<>();

    Traces add(String externalId, String email, String firstName, String lastName, String phone, String street) {
        if (email != null && !email.isBlank()) {
            emails.add(lower(email));
        }
        if (phone != null && !phone.isBlank()) {
            phones.add(phone.strip());
        }
        if (externalId != null && !externalId.isBlank()) {
            externalIds.add(externalId.strip());
        }
        if (lastName != null && !lastName.isBlank() && (firstName != null && !firstName.isBlank() || street != null && !street.isBlank())) {
            String last = lower(lastName);
            String[] words = WORDS.split(last);
            byLastWord.computeIfAbsent(words[words.length - 1], word -> new ArrayList<>())
                    .add(new Person(firstName == null || firstName.isBlank() ? null : lower(firstName), last,
                            street == null || street.isBlank() ? null : lower(street)));
        }
        return this;
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    boolean isEmpty() {
        return emails.isEmpty() && phones.isEmpty() && externalIds.isEmpty() && byLastWord.isEmpty();
    }

    /** True when the text (a file, a page, a spreadsheet row) names one of the people. */
    boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : WORDS.split(lower)) {
            if (word.isEmpty()) {
                continue;
            }
            if (emails.contains(word) || phones.contains(word) || word.indexOf('@') > 0 && emails.contains(stripDots(word))) {
                return true;
            }
            List<Person> people = byLastWord.get(word);
            if (people != null) {
                for (Person person : people) {
                    if (lower.contains(person.lastName()) && (person.firstName() != null && lower.contains(person.firstName())
                            || person.street() != null && lower.contains(person.street()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An address at the end of a sentence ("write to a@b.fi.") is still the address. */
    private static String stripDots(String word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '.') {
            end--;
        }
        return word.substring(0, end);
    }

    /** Like {@link #in}, for one line of a CSV file: also a field that is one of the shop's customer ids. */
    boolean inLine(String line) {
        if (in(line)) {
            return true;
        }
        if (externalIds.isEmpty()) {
            return false;
        }
        for (String field : line.split("[,;\\t]", -1)) {
            if (externalIds.contains(field.strip().replace("\"", ""))) {
                return true;
            }
        }
        return false;
    }
}
