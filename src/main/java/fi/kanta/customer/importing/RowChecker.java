package fi.kanta.customer.importing;

import java.time.LocalDateTime;

/** Checks each source row against its import's columns: the item, or every reason to reject it. */
final class RowChecker {

    private final ImportDefinition<?> definition;
    private final LocalDateTime fileTime;

    RowChecker(ImportDefinition<?> definition, LocalDateTime fileTime) {
        this.definition = definition;
        this.fileTime = fileTime;
    }

    CheckedRow check(SourceRow row) {
        RowCheck check = new RowCheck(row, fileTime);
        Object item = definition.read(check);
        return check.result(item);
    }
}
