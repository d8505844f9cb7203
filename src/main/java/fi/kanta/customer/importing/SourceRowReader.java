package fi.kanta.customer.importing;

import java.io.IOException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks the rows of an import file for one partition of the import step: the rows of
 * the stripes it takes from the import's deal. What a resumed import skips is not this reader's
 * count but the rows the writer recorded as committed (table import_committed), so the count is
 * not saved.
 */
class SourceRowReader extends AbstractItemCountingItemStreamItemReader<CheckedRow> {

    private final SourceFile file;
    private final ImportDefinition<?> definition;
    private final RowChecker checker;
    private final ImportSettings.Xlsx limits;
    private final RowStripes.Deal deal;
    private RowSource rows;
    private Header header;
    private RowPrefetch prefetch;

    SourceRowReader(SourceFile file, ImportDefinition<?> definition, RowChecker checker, ImportSettings.Xlsx limits,
                    RowStripes.Deal deal) {
        this.file = file;
        this.definition = definition;
        this.checker = checker;
        this.limits = limits;
        this.deal = deal;
        setName("importRows");
        setSaveState(false);
    }

    @Override
    protected void doOpen() throws IOException {
        rows = RowSources.open(file, limits);
        header = Header.resolve(file.path().getFileName().toString(), rows.header(), definition.columns());
    }

    @Override
    protected CheckedRow doRead() throws Exception {
        if (prefetch == null) {
            prefetch = new RowPrefetch(rows, header, checker, deal);
        }
        return prefetch.next();
    }

    @Override
    protected void doClose() throws IOException {
        if (prefetch != null) {
            prefetch.close();
            prefetch = null;
        }
        if (rows != null) {
            rows.close();
        }
    }
}
