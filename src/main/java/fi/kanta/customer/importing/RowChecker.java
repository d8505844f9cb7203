package fi.kanta.customer.importing;

import java.time.LocalDateTime;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks each source row against its import's columns: the item, or every reason to reject it. */
class RowChecker implements ItemProcessor<SourceRow, CheckedRow> {

    private final ImportDefinition<?> definition;
    private final LocalDateTime fileTime;

    RowChecker(ImportDefinition<?> definition, LocalDateTime fileTime) {
        this.definition = definition;
        this.fileTime = fileTime;
    }

    @Override
    public CheckedRow process(SourceRow row) {
        RowCheck check = new RowCheck(row, fileTime);
        Object item = definition.read(check);
        return check.result(item);
    }
}
