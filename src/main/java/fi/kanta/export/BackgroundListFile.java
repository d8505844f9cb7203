package fi.kanta.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A list file written on a thread of its own. {@link #add} copies the row and hands rows over in
 * blocks, so the caller goes on reading its JDBC result set (decoding the rows is a sixth of a
 * million-row export) while the rows are written: on a machine with a free core the reading costs
 * about nothing in time. One thread writes the rows, in order; memory stays bounded (a few blocks
 * wait at most). A failure there (a refused value, a full disk) comes back from a later
 * {@code add} or from {@link #finish()}, and the list cannot be finished after it.
 */
public final class BackgroundListFile implements ListFile {

    private static final int BLOCK = 256;
    private static final int BLOCKS_IN_FLIGHT = 8;
    private static final List<Object[]> END = List.of();

    /** In the queue between blocks of rows: the rows after it go on a sheet of this name. */
    private record SheetStart(String name) {
    }

    private final ListFile list;
    /** Blocks of rows ({@code List<Object[]>}) and sheet starts, in order; {@link #END} last. */
    private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(BLOCKS_IN_FLIGHT);
    private final Thread writer;
    private volatile Exception failure;
    private List<Object[]> block = new ArrayList<>(BLOCK);
    private boolean ended;

    /** Takes over {@code list}: from now on only this object's thread writes to it until {@link #finish()}. */
    public BackgroundListFile(ListFile list) {
        this.list = list;
        writer = new Thread(this::write, "list-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void write() {
        try {
            for (Object next = blocks.take(); next != END; next = blocks.take()) {
                if (next instanceof SheetStart start) {
                    list.startSheet(start.name());
                } else {
                    for (Object[] row : rows(next)) {
                        list.add(row);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
            drain();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("writing the list was interrupted");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Object block) {
        return (List<Object[]>) block;
    }

    /** After a failure, keeps taking blocks so that the reading thread never waits on a full queue. */
    private void drain() {
        try {
            while (blocks.take() != END) {
                // dropped: the failure is reported instead
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void add(Object... row) throws IOException {
        if (ended) {
            throw new IllegalStateException("the list is finished");
        }
        block.add(row.clone()); // the caller may reuse its array for the next row
        if (block.size() == BLOCK) {
            checkFailure();
            handOver(block);
            block = new ArrayList<>(BLOCK);
        }
    }

    /** The rows added after this go on a sheet of this name; a writer that has no sheets refuses (from a later call). */
    @Override
    public void startSheet(String name) throws IOException {
        if (ended) {
            throw new IllegalStateException("the list is finished");
        }
        checkFailure();
        if (!block.isEmpty()) {
            handOver(block);
            block = new ArrayList<>(BLOCK);
        }
        handOver(new SheetStart(name));
    }

    /** Waits until every row is written, then finishes the list on this thread. */
    @Override
    public ListSummary finish() throws IOException {
        if (ended) {
            throw new IllegalStateException("the list is finished");
        }
        end();
        checkFailure();
        return list.finish();
    }

    /** Without finish: stops the writer and abandons the list (its temporary files go). */
    @Override
    public void close() throws IOException {
        try {
            if (!ended) {
                end();
            }
        } finally {
            list.close();
        }
    }

    /** The last rows and the end mark, then the writer's end. */
    private void end() throws IOException {
        ended = true;
        if (!block.isEmpty()) {
            handOver(block);
        }
        handOver(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the list to be written");
        }
    }

    private void handOver(Object next) throws IOException {
        try {
            blocks.put(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing rows to the list writer");
        }
    }

    /** A new exception each time, of the writer's kind: the same one thrown twice would suppress itself. */
    private void checkFailure() throws IOException {
        Exception cause = failure;
        if (cause instanceof IllegalArgumentException) {
            throw new IllegalArgumentException(cause.getMessage(), cause);
        }
        if (cause instanceof RuntimeException) {
            throw new IllegalStateException(cause.getMessage(), cause);
        }
        if (cause != null) {
            throw new IOException(cause.getMessage(), cause);
        }
    }
}
