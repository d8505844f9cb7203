package fi.kanta.cli;

import fi.kanta.erasure.CustomerDataCopy;
import fi.kanta.erasure.CustomerDataExport;
import fi.kanta.erasure.CustomerErasure.Receipt;
import fi.kanta.erasure.DataSubjectRequests;
import fi.kanta.erasure.Erasures;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta customer show|export|erase}: the staff's answers to a customer's requests (access,
 * portability, erasure). Customer ids are the shop's own (external) ids.
 */
@Command(name = "customer", description = "A customer's data: what Kanta holds, a machine-readable copy, or erasing it.",
        subcommands = {CustomerCommand.Show.class, CustomerCommand.Export.class, CustomerCommand.Erase.class})
public class CustomerCommand implements KantaCommand {

    @Override
    public void check() {
        throw new SaidError("customer.what");
    }

    @Override
    public int call(ApplicationContext context) {
        return ExitCode.USAGE;
    }

    /**
     * A command about one customer by the shop's id: finds their data, or says that they were erased
     * (when, with the receipt, nothing else) or never known.
     */
    abstract static class OneCustomer implements KantaCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "the shop's customer id")
        String id;

        @Override
        public boolean quick() {
            return true;
        }

        @Override
        public int call(ApplicationContext context) {
            Words words = context.getBean(Words.class);
            Optional<CustomerDataCopy> found = context.getBean(CustomerDataExport.class).byExternalId(id);
            return found.isPresent() ? answer(context, words, found.get()) : notThere(context, words, id);
        }

        abstract int answer(ApplicationContext context, Words words, CustomerDataCopy copy);
    }

    @Command(name = "show", description = "What Kanta holds about a customer: their data, consents with source and time,"
            + " the campaigns that reached them in the last 12 months, their feedback. Logged as an access request.")
    static class Show extends OneCustomer {

        @Override
        int answer(ApplicationContext context, Words words, CustomerDataCopy copy) {
            context.getBean(DataSubjectRequests.class).answeredAtOnce(DataSubjectRequests.Kind.ACCESS, "kanta customer show");
            CustomerDataLines.printCopy(copy, words);
            return ExitCode.DONE;
        }
    }

    @Command(name = "export", description = "A customer's data as JSON, for them to keep or take elsewhere (portability)."
            + " Logged as a portability request.")
    static class Export extends OneCustomer {

        @Option(names = "--out", paramLabel = "FILE", description = "where to write it (default: out/customers/ID.json)")
        Path out;

        @Override
        int answer(ApplicationContext context, Words words, CustomerDataCopy copy) {
            Path file = out != null ? out : context.getBean(fi.kanta.KantaHome.class).out("customers", safeName(id) + ".json");
            context.getBean(CustomerDataExport.class).writeJson(copy, file);
            context.getBean(DataSubjectRequests.class).answeredAtOnce(DataSubjectRequests.Kind.PORTABILITY, "kanta customer export");
            System.out.println(words.text("customer.exported", file));
            return ExitCode.DONE;
        }

        /** A file name from a shop's id: letters, digits, dots, dashes and underscores kept, anything else '_'. */
        private static String safeName(String id) {
            String name = id.replaceAll("[^A-Za-z0-9._-]", "_");
            return name.startsWith(".") ? "_" + name : name;
        }
    }

    /** An id with no customer: erased (and when, with the receipt, nothing else), or never known. */
    private static int notThere(ApplicationContext context, Words words, String id) {
        Receipt receipt = context.getBean(Erasures.class).receiptOf(id);
        if (receipt == null) {
            System.out.println(words.text("customer.show.none", ConsoleLines.printable(id)));
            return ExitCode.FAILED;
        }
        System.out.println(words.text("customer.show.erased", ConsoleLines.printable(id), words.dateTime(receipt.erasedAt()),
                receipt.receiptId()));
        return ExitCode.DONE;
    }

    @Command(name = "erase", description = "Erase customers at their request: their data goes from the database and the files"
            + " under out/ and inbox/, and a later import brings them back no more. Prints a receipt per customer.")
    static class Erase implements KantaCommand {

        @Parameters(paramLabel = "ID", arity = "0..*", description = "the shop's customer ids")
        List<String> ids = new ArrayList<>();

        @Option(names = "--from", paramLabel = "FILE", description = "a file of customer ids, one a line (a header line"
                + " customer_id, blank lines and lines starting with # are skipped)")
        Path from;

        @Option(names = "--reason", paramLabel = "TEXT", description = "why, as the shop records it (no personal data)")
        String reason;

        private final List<String> all = new ArrayList<>();

        @Override
        public void check() {
            LinkedHashSet<String> wanted = new LinkedHashSet<>();
            ids.stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(wanted::add);
            if (from != null) {
                wanted.addAll(idsIn(from));
            }
            if (wanted.isEmpty()) {
                throw new SaidError("customer.erase.who");
            }
            all.addAll(wanted);
        }

        static List<String> idsIn(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SaidError(e, "customer.erase.from.unreadable", file, e.getMessage());
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String id = lines.get(i).strip().replace("\uFEFF", "");
                if (id.isEmpty() || id.startsWith("#") || i == 0 && id.replace("\"", "").equalsIgnoreCase("customer_id")) {
                    continue;
                }
                if (id.length() > 64 || id.chars().anyMatch(Character::isISOControl)) {
                    throw new SaidError("customer.erase.from.line", String.valueOf(i + 1), file);
                }
                found.add(id);
            }
            return found;
        }

        @Override
        public int call(ApplicationContext context) {
            Words words = context.getBean(Words.class);
            Erasures.Outcome outcome = context.getBean(Erasures.class).eraseAll(all, reason, "kanta customer erase");
            for (Receipt receipt : outcome.receipts()) {
                System.out.println(words.text("customer.erased", ConsoleLines.printable(receipt.externalId()), receipt.receiptId(),
                        words.dateTime(receipt.erasedAt())));
            }
            for (String unknown : outcome.unknown()) {
                System.out.println(words.text("customer.unknown", ConsoleLines.printable(unknown)));
            }
            return outcome.unknown().isEmpty() ? ExitCode.DONE : ExitCode.FAILED;
        }
    }
}
