package fi.kanta.cli;

import fi.kanta.customer.CustomerData;
import fi.kanta.words.Words;
import java.util.List;

/** The customer data counts as `kanta status` and `kanta demo` print them: one line each ("customers      1,000"). */
final class CustomerDataLines {

    private CustomerDataLines() {
    }

    static void print(List<CustomerData.Count> counts, String indent, Words words) {
        counts.forEach(count -> System.out.printf("%s%-14s %12s%n", indent, words.textOr("data." + count.data(), count.data()),
                words.number(count.rows())));
    }
}
