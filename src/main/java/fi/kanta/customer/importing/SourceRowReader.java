package fi.kanta.customer.importing;

import java.io.IOException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks the rows of an import file for the import step. The count of rows handed to
 * the writer is saved with every committed chunk, so a resumed import skips what it imported.
 */
class SourceRowReader extends AbstractItemCountingItemStreamItemReader<CheckedRow> {

    private final SourceFile file;
    private final ImportDefinition<?> definition;
    private final RowChecker checker;
    private final ImportSettings.Xlsx limits;
    private RowSource rows;
    private Header header;
    private RowPrefetch prefetch;
    private final RowStripes.Share share;
    private long skip;

    /** Reads the data rows that are the partition's share of the file. */
    SourceRowReader(SourceFile file, ImportDefinition<?> definition, RowChecker checker, ImportSettings.Xlsx limits,
                    RowStripes.Share share) {
        this.file = file;
        this.definition = definition;
        this.checker = checker;
        this.limits = limits;
        this.share = share;
        setName("importRows");
    }

    @Override
    protected void doOpen() throws IOException {
        rows = RowSources.open(file, limits);
        header = Header.resolve(file.path().getFileName().toString(), rows.header(), definition.columns());
    }

    /** Remembers how many rows of its share to skip; the background reader skips them without checking them. */
    @Override
    protected void jumpToItem(int itemIndex) {
        skip = itemIndex;
    }

    @Override
    protected CheckedRow doRead() throws Exception {
        if (prefetch == null) {
            prefetch = new RowPrefetch(rows, header, checker, share, skip);
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
