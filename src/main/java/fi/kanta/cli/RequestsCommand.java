package fi.kanta.cli;

import fi.kanta.erasure.DataSubjectRequests;
import fi.kanta.erasure.DataSubjectRequests.Kind;
import fi.kanta.erasure.DataSubjectRequests.Request;
import fi.kanta.words.Words;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta requests}: the data-subject requests (access, portability, erasure, objection), open
 * ones with the day each is due, and those answered in the last 12 months; {@code add} records one
 * received another way (a letter, a phone call), {@code done N} marks it answered.
 */
@Command(name = "requests", description = "Data-subject requests: open ones with their due dates (a month from receiving),"
        + " and those answered in the last 12 months.", subcommands = {RequestsCommand.Add.class, RequestsCommand.Done.class})
public class RequestsCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        Words words = context.getBean(Words.class);
        DataSubjectRequests requests = context.getBean(DataSubjectRequests.class);
        List<Request> all = requests.list();
        if (all.isEmpty()) {
            System.out.println(words.text("requests.none"));
            return ExitCode.DONE;
        }
        List<Request> open = all.stream().filter(Request::open).toList();
        if (!open.isEmpty()) {
            System.out.println(words.text("requests.open"));
            open.forEach(r -> System.out.println("  " + words.text("requests.open.line", String.valueOf(r.id()), kind(words, r.kind()),
                    words.dateTime(r.receivedAt()), words.date(r.dueOn()),
                    r.dueOn().isBefore(requests.today()) ? words.text("requests.overdue") : "", ConsoleLines.printable(r.requestedBy()))));
        }
        List<Request> done = all.stream().filter(r -> !r.open()).toList();
        if (!done.isEmpty()) {
            System.out.println(words.text("requests.done"));
            done.forEach(r -> System.out.println("  " + words.text("requests.done.line", String.valueOf(r.id()), kind(words, r.kind()),
                    words.dateTime(r.receivedAt()), words.dateTime(r.doneAt()), ConsoleLines.printable(r.requestedBy()),
                    r.receiptId() == null ? "" : words.text("requests.receipt", r.receiptId()))));
        }
        return ExitCode.DONE;
    }

    private static String kind(Words words, Kind kind) {
        return words.textOr("requests.kind." + kind.name().toLowerCase(java.util.Locale.ROOT), kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Command(name = "add", description = "Record a request received another way (a letter, a call): access, portability, erasure"
            + " or objection, for the customer with the shop's id ID.")
    static class Add implements KantaCommand {

        @Parameters(index = "0", paramLabel = "KIND", description = "access, portability, erasure or objection")
        Kind kind;

        @Parameters(index = "1", paramLabel = "ID", description = "the shop's customer id")
        String id;

        @Override
        public int call(ApplicationContext context) {
            Words words = context.getBean(Words.class);
            DataSubjectRequests requests = context.getBean(DataSubjectRequests.class);
            long number = requests.received(kind, id, "kanta requests add");
            System.out.println(words.text("requests.added", String.valueOf(number), kind(words, kind),
                    words.date(requests.today().plusMonths(1))));
            return ExitCode.DONE;
        }
    }

    @Command(name = "done", description = "Mark request N answered (its customer is then no longer recorded with it).")
    static class Done implements KantaCommand {

        @Parameters(index = "0", paramLabel = "N", description = "the request's number, as kanta requests lists it")
        long number;

        @Override
        public int call(ApplicationContext context) {
            context.getBean(DataSubjectRequests.class).answered(number);
            System.out.println(context.getBean(Words.class).text("requests.answered", String.valueOf(number)));
            return ExitCode.DONE;
        }
    }
}
