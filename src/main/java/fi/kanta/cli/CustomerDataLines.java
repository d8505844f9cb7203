package fi.kanta.cli;

import fi.kanta.customer.CustomerData;
import fi.kanta.erasure.CustomerDataCopy;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Customer data as the commands print it: the counts of `kanta status` and `kanta demo` (one line
 * each, "customers      1,000"), and one customer's data as `kanta customer show` prints it.
 */
final class CustomerDataLines {

    private CustomerDataLines() {
    }

    static void print(List<CustomerData.Count> counts, String indent, Words words) {
        counts.forEach(count -> System.out.printf("%s%-14s %12s%n", indent, words.textOr("data." + count.data(), count.data()),
                words.number(count.rows())));
    }

    /** One customer's data: who, how to reach them, consents, the last 12 months' campaigns, feedback. */
    static void printCopy(CustomerDataCopy copy, Words words) {
        CustomerDataCopy.Customer c = copy.customer();
        System.out.println(words.text("customer.show.title", p(c.customerId())));
        field(words, "name", join(" ", c.firstName(), c.lastName()));
        field(words, "email", c.email());
        field(words, "phone", c.phone());
        field(words, "address", join(", ", c.street(), join(" ", c.postalCode(), c.city()), c.country()));
        field(words, "language", c.language());
        field(words, "since", c.customerSince() == null ? null : words.date(c.customerSince()));
        field(words, "birthday", c.birthDay() == null ? null : c.birthDay() + "." + c.birthMonth() + ".");
        field(words, "first-seen", words.dateTime(c.firstSeen()));
        if (copy.preferences() != null) {
            CustomerDataCopy.Preferences choice = copy.preferences();
            field(words, "choices", words.text("customer.show.choices", yesNo(words, choice.noOffers()), yesNo(words, choice.noProfiling()),
                    choice.maxPer30Days() == null ? "-" : String.valueOf(choice.maxPer30Days()), words.dateTime(choice.changedAt())));
        }
        System.out.println(words.text("customer.show.consents"));
        copy.consents().forEach(k -> System.out.println("  " + words.text("customer.show.consent", k.channel(), yesNo(words, k.granted()),
                words.dateTime(k.givenAt()), p(k.source()))));
        none(words, copy.consents());
        copy.suppressions().forEach(s -> System.out.println("  " + words.text("customer.show.suppression", s.reason(),
                words.dateTime(s.suppressedAt()), p(s.source()))));
        LocalDateTime yearAgo = copy.madeAt().minusMonths(12);
        List<CustomerDataCopy.Contact> recent = copy.campaigns().stream()
                .filter(contact -> !contact.selectedAt().isBefore(yearAgo)).toList();
        System.out.println(words.text("customer.show.campaigns"));
        recent.forEach(r -> System.out.println("  " + words.text("customer.show.campaign", r.campaign() + "/" + r.runKey(),
                r.channel(), r.group(), r.status(), words.dateTime(r.statusAt()))));
        none(words, recent);
        System.out.println(words.text("customer.show.feedback"));
        copy.feedback().forEach(f -> System.out.println("  " + words.text("customer.show.answer", words.dateTime(f.answeredAt()),
                f.campaign(), f.score(), f.comment() == null ? "" : p(f.comment()))));
        none(words, copy.feedback());
        System.out.println(words.count("customer.show.purchases", copy.purchases().size()));
    }

    private static void field(Words words, String key, String value) {
        if (value != null && !value.isBlank()) {
            System.out.printf("  %-16s %s%n", words.text("customer.show.field." + key), p(value));
        }
    }

    private static void none(Words words, List<?> rows) {
        if (rows.isEmpty()) {
            System.out.println("  " + words.text("customer.show.none-yet"));
        }
    }

    private static String yesNo(Words words, boolean yes) {
        return words.text(yes ? "customer.show.yes" : "customer.show.no");
    }

    private static String join(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** Customer data is printed as it is, but never with control characters (a name with a terminal escape). */
    private static String p(String text) {
        return text == null ? "" : ConsoleLines.printable(text);
    }
}
