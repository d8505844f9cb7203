package fi.kanta.customer.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and checks rows on a background thread a few thousand rows ahead of the chunk being
 * written, so that parsing the file (a third of an import's time) overlaps the database work on
 * the machine's other core. Rows arrive in file order; a failure arrives where it happened.
 */
final class RowPrefetch implements AutoCloseable {

    private static final int BATCH = 500;
    private static final int BATCHES_AHEAD = 16;

    /** A handful of checked rows, the end of the file, or the failure that stopped reading. */
    private record Batch(List<CheckedRow> rows, Exception failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private Iterator<CheckedRow> current = List.<CheckedRow>of().iterator();
    private boolean finished;

    /** Starts reading the rows of the stripes this partition takes from the deal. */
    RowPrefetch(RowSource rows, Header header, RowChecker checker, RowStripes.Deal deal) {
        reader = new Thread(() -> readAhead(rows, header, checker, deal), "import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead(RowSource rows, Header header, RowChecker checker, RowStripes.Deal deal) {
        try {
            List<CheckedRow> batch = new ArrayList<>(BATCH);
            long row = 0;
            long taken = -1; // the stripe this partition took last; stripes go out in file order
            for (RowSource.RawRow raw; (raw = rows.next()) != null; row++) {
                long stripe = deal.stripeOf(row);
                if (stripe > taken) {
                    taken = deal.take();
                }
                // another partition's row, or one committed by the run that failed: parsed, not checked
                if (stripe != taken || deal.committed(row)) {
                    checker.pass(new SourceRow(row, raw.line(), raw.cells(), header));
                    continue;
                }
                batch.add(checker.check(new SourceRow(row, raw.line(), raw.cells(), header)));
                if (batch.size() == BATCH) {
                    queue.put(new Batch(batch, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
            queue.put(new Batch(batch, null));
            queue.put(new Batch(null, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed before the end
        } catch (Exception e) {
            queue.offer(new Batch(null, e));
        }
    }

    /** The next checked row, or null at the end of the file. */
    CheckedRow next() throws Exception {
        while (!current.hasNext()) {
            if (finished) {
                return null;
            }
            Batch batch = queue.take();
            if (batch.failure() != null) {
                finished = true;
                throw batch.failure();
            }
            if (batch.rows() == null) {
                finished = true;
                return null;
            }
            current = batch.rows().iterator();
        }
        return current.next();
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
