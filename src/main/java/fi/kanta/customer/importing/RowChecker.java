package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import java.time.LocalDateTime;

/** Checks each source row against its import's columns: the item, or every reason to reject it. */
final class RowChecker {

    private final ImportDefinition<?> definition;
    private final LocalDateTime fileTime;
    private final boolean erasures;
    private final ErasedRows erased;
    private final Words words;

    RowChecker(ImportDefinition<?> definition, LocalDateTime fileTime, boolean erasures, ErasedRows erased, Words words) {
        this.words = words;
        this.definition = definition;
        this.fileTime = fileTime;
        this.erasures = erasures;
        this.erased = erased;
    }

    CheckedRow check(SourceRow row) {
        RowCheck check = new RowCheck(row, fileTime, erasures, erased, words);
        Object item = definition.read(check);
        return check.result(item);
    }
}
