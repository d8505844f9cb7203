package fi.kanta.picks;

import fi.kanta.sql.Vendor;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the picks of a run, replacing the last run's: one row per customer, their products best first.
 * Rows gather in a buffer and go a batch at a time (COPY on PostgreSQL, batched INSERTs on HSQLDB), each
 * batch committed on its own so that a million customers' picks never sit uncommitted in HSQLDB's heap.
 * A batch is written by a thread of its own while the next one is picked: at a million customers the
 * database's work is as long as the picking, and both together take the time of the longer one. Close it
 * (it waits for the last batch).
 */
final class PickWriter implements AutoCloseable {

    /** Customers per batch: with the default ten picks each, fifty thousand picks. */
    private static final int BATCH = 5_000;

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

    /**
     * One batch's rows: the customers, and all their products one after the other (customer i's are
     * those from {@code end[i - 1]} to {@code end[i]}), so a batch is a few arrays, not an object per pick.
     */
    private static final class Batch {
        final long[] customer = new long[BATCH];
        final int[] end = new int[BATCH];
        long[] product = new long[BATCH * 10]; // grows for a shop that keeps more than ten picks a customer
        int size;

        int start(int row) {
            return row == 0 ? 0 : end[row - 1];
        }

        /** The products of the row, best first, as JDBC writes an array. */
        Long[] products(int row) {
            int from = start(row);
            Long[] products = new Long[end[row] - from];
            for (int p = 0; p < products.length; p++) {
                products[p] = product[from + p];
            }
            return products;
        }

        long picks() {
            return size == 0 ? 0 : end[size - 1];
        }
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

    /** The customer's picks: the first {@code count} of {@code productIds}, best first (none: no row). */
    void add(long customerId, long[] productIds, int count) {
        if (count == 0) {
            return;
        }
        Batch batch = filling;
        int from = batch.start(batch.size);
        if (from + count > batch.product.length) {
            batch.product = Arrays.copyOf(batch.product, Math.max(2 * batch.product.length, from + count));
        }
        System.arraycopy(productIds, 0, batch.product, from, count);
        batch.customer[batch.size] = customerId;
        batch.end[batch.size] = from + count;
        if (++batch.size == BATCH) {
            flush();
        }
    }

    /** Writes what is buffered and waits until every batch is in; returns the picks written in all (not the rows). */
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
                jdbc.batchUpdate("INSERT INTO customer_pick (customer_id, product_ids, as_of) VALUES (?, ?, ?)",
                        new BatchPreparedStatementSetter() {
                            @Override
                            public void setValues(PreparedStatement insert, int row) throws SQLException {
                                insert.setLong(1, batch.customer[row]);
                                insert.setArray(2, insert.getConnection().createArrayOf("BIGINT", batch.products(row)));
                                insert.setObject(3, asOf);
                            }

                            @Override
                            public int getBatchSize() {
                                return batch.size;
                            }
                        });
            }
        });
        written += batch.picks();
        batch.size = 0;
    }

    /** The batch as COPY's csv: an array is a quoted literal, {@code 10,"{3,2,1}",2026-11-22}. */
    private long copy(Connection connection, Batch batch) throws SQLException {
        StringBuilder csv = new StringBuilder(batch.size * 100);
        for (int row = 0; row < batch.size; row++) {
            int from = batch.start(row);
            csv.append(batch.customer[row]).append(",\"{").append(batch.product[from]);
            for (int p = from + 1; p < batch.end[row]; p++) {
                csv.append(',').append(batch.product[p]);
            }
            csv.append("}\",").append(asOf).append('\n');
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY customer_pick (customer_id, product_ids, as_of) FROM STDIN WITH (FORMAT csv)",
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
