package fi.kanta.picks;

import fi.kanta.sql.Vendor;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the picks of a run, replacing the last run's: rows gather in a buffer and go a batch at a
 * time (COPY on PostgreSQL, batched INSERTs on HSQLDB), each batch committed on its own so that ten
 * million rows never sit uncommitted in HSQLDB's heap.
 */
final class PickWriter {

    private static final int BATCH = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Vendor vendor;
    private final LocalDate asOf;
    private final long[] customer = new long[BATCH];
    private final int[] rank = new int[BATCH];
    private final long[] product = new long[BATCH];
    private final float[] score = new float[BATCH];
    private int size;
    private long written;

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
        customer[size] = customerId;
        rank[size] = pickRank;
        product[size] = productId;
        score[size] = pickScore;
        if (++size == BATCH) {
            flush();
        }
    }

    /** Writes what is buffered; returns the rows written in all. */
    long flush() {
        if (size > 0) {
            transaction.executeWithoutResult(status -> {
                if (vendor == Vendor.POSTGRESQL) {
                    jdbc.execute((ConnectionCallback<Long>) this::copy);
                } else {
                    jdbc.batchUpdate("INSERT INTO customer_pick (customer_id, pick_rank, product_id, score, as_of) VALUES (?, ?, ?, ?, ?)",
                            java.util.stream.IntStream.range(0, size).mapToObj(i -> new Object[] {customer[i], rank[i], product[i],
                                    (double) score[i], asOf}).toList());
                }
            });
            written += size;
            size = 0;
        }
        return written;
    }

    private long copy(Connection connection) throws SQLException {
        StringBuilder csv = new StringBuilder(size * 40);
        for (int i = 0; i < size; i++) {
            csv.append(customer[i]).append(',').append(rank[i]).append(',').append(product[i]).append(',').append(score[i])
                    .append(',').append(asOf).append('\n');
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY customer_pick (customer_id, pick_rank, product_id, score, as_of) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into customer_pick failed", e);
        }
    }
}
