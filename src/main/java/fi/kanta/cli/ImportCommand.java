package fi.kanta.cli;

import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.customer.importing.ImportSummary;
import fi.kanta.customer.importing.Importer;
import fi.kanta.customer.importing.SourceFile;
import fi.kanta.words.Words;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kanta import customers|purchases|consents|suppressions|robinson|feedback|products|order-lines FILE}. */
@Command(name = "import", description = "Import customers, purchases, consents, suppressions, the Robinson list (no letters),"
        + " feedback answers from another survey tool, products or order lines, from a CSV or .xlsx file.")
public class ImportCommand implements KantaCommand {

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
            description = "customers, purchases, consents, suppressions, robinson, feedback, products or order-lines")
    ImportKind kind;

    /** "order-lines" as the docs write it (an enum's own name would be ORDER_LINES). */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<ImportKind> {
        @Override
        public ImportKind convert(String value) {
            try {
                return ImportKind.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Parameters(index = "1", paramLabel = "FILE", description = "a CSV (comma or semicolon, UTF-8 or Windows-1252) or .xlsx file")
    Path file;

    @Option(names = "--max-rejects", paramLabel = "N", description = "stop after more than N rejected rows (default: kanta.import.max-rejects)")
    Long maxRejects;

    @Option(names = "--erase", description = "suppressions: take a row whose reason is an erasure as one (never contacted"
            + " again, not even after a new consent); without it such a row is taken as an unsubscribe")
    boolean erase;

    @Override
    public void check() {
        // a missing or unreadable file fails before the application starts; the import hashes it once, later
        SourceFile.requireReadable(file);
    }

    @Override
    public int call(ApplicationContext context) {
        ImportOutcome outcome = context.getBean(Importer.class).importFile(kind, file, maxRejects, erase);
        System.out.println(ImportSummary.of(outcome, context.getBean(Words.class)));
        // a file of which no row went in is a failure, though the import itself ran to its end
        return outcome.succeeded() ? ExitCode.DONE : ExitCode.FAILED;
    }
}
