package fi.kanta.cli;

import fi.kanta.erasure.Erasures;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta erasures reapply}: after a restore from a backup, erases again everyone erased since. */
@Command(name = "erasures", description = "Erasures done at customers' request.", subcommands = ErasuresCommand.Reapply.class)
public class ErasuresCommand implements KantaCommand {

    @Override
    public void check() {
        throw new SaidError("erasures.what");
    }

    @Override
    public int call(ApplicationContext context) {
        return ExitCode.USAGE;
    }

    @Command(name = "reapply", description = "Erase again every erased customer found in the data (after restoring a backup),"
            + " matched by the erasure hashes of the database and of data/erasure-ledger.csv.")
    static class Reapply implements KantaCommand {

        @Override
        public int call(ApplicationContext context) {
            Words words = context.getBean(Words.class);
            List<Erasures.Reapplied> again = context.getBean(Erasures.class).reapply();
            if (again.isEmpty()) {
                System.out.println(words.text("erasures.reapplied.none"));
            }
            again.forEach(r -> System.out.println(words.text("erasures.reapplied", ConsoleLines.printable(r.externalId()),
                    r.receiptId(), r.firstReceiptId())));
            return ExitCode.DONE;
        }
    }
}
