package fi.kanta.customer.importing;

import java.io.IOException;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the rows of an import file for the import step. The row count is saved with every
 * committed chunk, so a restarted import skips what was already imported.
 */
class SourceRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final SourceFile file;
    private final List<Column> columns;
    private final ImportSettings.Xlsx limits;
    private RowSource rows;
    private Header header;

    SourceRowReader(SourceFile file, List<Column> columns, ImportSettings.Xlsx limits) {
        this.file = file;
        this.columns = columns;
        this.limits = limits;
        setName("importRows");
    }

    @Override
    protected void doOpen() throws IOException {
        rows = RowSources.open(file, limits);
        header = Header.resolve(file.path().getFileName().toString(), rows.header(), columns);
    }

    @Override
    protected SourceRow doRead() throws IOException {
        RowSource.RawRow raw = rows.next();
        return raw == null ? null : new SourceRow(raw.line(), raw.cells(), header);
    }

    @Override
    protected void doClose() throws IOException {
        if (rows != null) {
            rows.close();
        }
    }

    /** The resolved header: the columns found and those ignored. Valid after open. */
    Header header() {
        return header;
    }
}
