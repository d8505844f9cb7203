package fi.kanta.picks;

import fi.kanta.sql.Vendor;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the picks of a run, replacing the last run's: rows gather in a buffer and go a batch at a
 * time (COPY on PostgreSQL, batched INSERTs on HSQLDB), each batch committed on its own so that ten
 * million rows never sit uncommitted in HSQLDB's heap. A batch is written by a thread of its own while
 * the next one is picked: at a million customers the database's work is as long as the picking, and
 * both together take the time of the longer one. Close it (it waits for the last batch).
 */
final class PickWriter implements AutoCloseable {

    private static final int BATCH = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Vendor vendor;
    private final LocalDate asOf;
    private final ExecutorService database = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pick-writer");
        thread.setDaemon(true);
        return thread;
    });
    private Batch filling = new Batch();
    private Batch spare = new Batch();
    private Future<?> writing;
    private long written;

    /** One batch's rows, column by column. */
    private static final class Batch {
        final long[] customer = new long[BATCH];
        final int[] rank = new int[BATCH];
        final long[] product = new long[BATCH];
        final float[] score = new float[BATCH];
        int size;
    }

    PickWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataSource dataSource, LocalDate asOf) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.vendor = Vendor.of(dataSource);
        this.asOf = asOf;
    }

    /** Forgets every customer's picks (the run replaces them all). */
    void clear() {
        transaction.executeWithoutResult(status -> jdbc.execute(vendor == Vendor.POSTGRESQL ? "TRUNCATE customer_pick"
                : "DELETE FROM customer_pick"));
    }

    void add(long customerId, int pickRank, long productId, float pickScore) {
        Batch batch = filling;
        batch.customer[batch.size] = customerId;
        batch.rank[batch.size] = pickRank;
        batch.product[batch.size] = productId;
        batch.score[batch.size] = pickScore;
        if (++batch.size == BATCH) {
            flush();
        }
    }

    /** Writes what is buffered and waits until every batch is in; returns the rows written in all. */
    long finish() {
        flush();
        waitForWriting();
        return written;
    }

    /** Hands the buffered rows to the writing thread (after the batch before them is in) and fills the other buffer. */
    private void flush() {
        if (filling.size == 0) {
            return;
        }
        waitForWriting();
        Batch batch = filling;
        filling = spare;
        spare = batch;
        writing = database.submit(() -> write(batch));
    }

    private void waitForWriting() {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing picks", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            writing = null;
        }
    }

    private void write(Batch batch) {
        transaction.executeWithoutResult(status -> {
            if (vendor == Vendor.POSTGRESQL) {
                jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, batch));
            } else {
                jdbc.batchUpdate("INSERT INTO customer_pick (customer_id, pick_rank, product_id, score, as_of) VALUES (?, ?, ?, ?, ?)",
                        java.util.stream.IntStream.range(0, batch.size).mapToObj(i -> new Object[] {batch.customer[i], batch.rank[i],
                                batch.product[i], (double) batch.score[i], asOf}).toList());
            }
        });
        written += batch.size;
        batch.size = 0;
    }

    private long copy(Connection connection, Batch batch) throws SQLException {
        StringBuilder csv = new StringBuilder(batch.size * 40);
        for (int i = 0; i < batch.size; i++) {
            csv.append(batch.customer[i]).append(',').append(batch.rank[i]).append(',').append(batch.product[i]).append(',')
                    .append(batch.score[i]).append(',').append(asOf).append('\n');
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY customer_pick (customer_id, pick_rank, product_id, score, as_of) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into customer_pick failed", e);
        }
    }

    /** Stops the writing thread (a batch still being written is finished first; call {@link #finish} to have it counted). */
    @Override
    public void close() {
        database.shutdown();
    }
}
