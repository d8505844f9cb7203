package fi.kanta.customer.importing;

import java.io.IOException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and checks the rows of an import file for one partition of the import step: the rows of
 * the stripes it takes from the import's deal. It keeps no restart state of its own: what a
 * resumed import skips are the rows the writer recorded as committed (table import_committed).
 */
class SourceRowReader implements ItemStreamReader<CheckedRow> {

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
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            rows = RowSources.open(file, limits);
            header = Header.resolve(file.path().getFileName().toString(), rows.header(), definition.columns());
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file.path(), e);
        }
    }

    @Override
    public CheckedRow read() throws Exception {
        if (prefetch == null) {
            prefetch = new RowPrefetch(rows, header, checker, deal);
        }
        return prefetch.next();
    }

    @Override
    public void close() {
        try {
            if (prefetch != null) {
                prefetch.close();
                prefetch = null;
            }
            if (rows != null) {
                rows.close();
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot close " + file.path(), e);
        }
    }
}
