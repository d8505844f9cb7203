package fi.kanta.scoring;

import fi.kanta.customer.CustomerChoices;
import fi.kanta.sql.Vendor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a score snapshot: the rows of one as-of date (replacing any earlier run for that date), the
 * fitted parameters, and the pruning of old snapshots.
 *
 * <p>Rows are committed a batch at a time rather than in one transaction: a million uncommitted rows
 * would sit in HSQLDB's heap (MVCC keeps them there until commit). The score_fit rows are written
 * last, so a snapshot is complete when it has them; a run that died half-way is replaced by the next
 * run for that date.
 */
@Repository
public class ScoreWriter {

    static final String COLUMNS = "customer_id, as_of, frequency, recency_days, t_days, monetary_value,"
            + " total_spend, p_alive, expected_purchases_90d, expected_order_value, clv_12m,"
            + " rfm_r, rfm_f, rfm_m, rfm_code, rfm_segment, favourite_category";

    private static final String INSERT = "INSERT INTO customer_score (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Vendor vendor;

    public ScoreWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.vendor = Vendor.of(dataSource);
    }

    /** Removes the date's rows and fits, so that a re-run replaces rather than adds. */
    public void clear(LocalDate asOf) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM score_fit WHERE as_of = ?", asOf);
            jdbc.update("DELETE FROM customer_score WHERE as_of = ?", asOf);
        });
    }

    /**
     * Deletes every score row, of every date, of the customers who chose "do not profile me"
     * (docs/architecture.md "The customer's own choices"); the score run reads none of their
     * purchases either. Returns how many rows went.
     */
    public int forgetNotProfiled() {
        return transaction.execute(status -> jdbc.update("DELETE FROM customer_score WHERE customer_id IN ("
                + CustomerChoices.NOT_PROFILED_SET + ")"));
    }

    /** One scored customer, as written; the columns in {@link #COLUMNS} order. */
    public record Row(CustomerSummary summary, CustomerValue value, RfmScore rfm, String favouriteCategory) {
    }

    /** Inserts one batch of rows for the date, committed on its own. */
    public void insert(LocalDate asOf, List<Row> rows) {
        // One transaction per batch: in autocommit HSQLDB commits, and so syncs to disk, every row.
        transaction.executeWithoutResult(status -> {
            if (vendor == Vendor.POSTGRESQL) {
                jdbc.execute((ConnectionCallback<Long>) connection -> ScoreCopy.copy(connection, asOf, rows));
            } else {
                batchInsert(asOf, rows);
            }
        });
    }

    private void batchInsert(LocalDate asOf, List<Row> rows) {
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Row row = rows.get(i);
                CustomerSummary c = row.summary();
                ps.setLong(1, c.customerId());
                ps.setObject(2, asOf);
                ps.setInt(3, c.frequency());
                ps.setInt(4, (int) c.recencyDays()); // whole days from the SQL side
                ps.setInt(5, (int) c.tDays());
                ps.setDouble(6, c.monetaryValue());
                ps.setBigDecimal(7, BigDecimal.valueOf(Math.round(c.totalSpend() * 100), 2));
                ps.setDouble(8, row.value().pAlive());
                ps.setDouble(9, row.value().expectedPurchases());
                ps.setDouble(10, row.value().expectedOrderValue());
                ps.setDouble(11, row.value().clv());
                ps.setInt(12, row.rfm().recency());
                ps.setInt(13, row.rfm().frequency());
                ps.setInt(14, row.rfm().monetary());
                ps.setString(15, row.rfm().code());
                ps.setString(16, row.rfm().segment());
                ps.setString(17, row.favouriteCategory());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    /** Stores the fitted parameters of both models for the date. */
    public void fits(LocalDate asOf, BgNbdFit purchases, GammaGammaFit spend, long customers, boolean sampled) {
        transaction.executeWithoutResult(status -> writeFits(asOf, purchases, spend, customers, sampled));
    }

    private void writeFits(LocalDate asOf, BgNbdFit purchases, GammaGammaFit spend, long customers, boolean sampled) {
        LocalDateTime now = LocalDateTime.now();
        for (Estimate e : purchases.estimates()) {
            fit(asOf, "bg_nbd", e.name(), e.value(), e.standardError(), purchases.logLikelihood(),
                    purchases.customers(), customers, sampled, now);
        }
        for (Estimate e : spend.estimates()) {
            fit(asOf, "gamma_gamma", e.name(), e.value(), e.standardError(), spend.logLikelihood(),
                    spend.customers(), customers, sampled, now);
        }
        fit(asOf, "gamma_gamma", "frequency_spend_corr", spend.frequencyMonetaryCorrelation(), Double.NaN,
                spend.logLikelihood(), spend.customers(), customers, sampled, now);
    }

    private void fit(LocalDate asOf, String model, String parameter, double value, double standardError,
            double logLikelihood, long sampleSize, long customers, boolean sampled, LocalDateTime now) {
        jdbc.update("""
                INSERT INTO score_fit (as_of, model, parameter, value, standard_error, log_likelihood,
                    sample_size, customers, sampled, fitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, ps -> {
            ps.setObject(1, asOf);
            ps.setString(2, model);
            ps.setString(3, parameter);
            ps.setDouble(4, value);
            if (Double.isFinite(standardError)) {
                ps.setDouble(5, standardError);
            } else {
                ps.setNull(5, Types.DOUBLE); // too flat a likelihood for one: say "unknown", not NaN
            }
            ps.setDouble(6, logLikelihood);
            ps.setLong(7, sampleSize);
            ps.setLong(8, customers);
            ps.setBoolean(9, sampled);
            ps.setObject(10, now);
        });
    }

    /**
     * Keeps this as-of date's scores as its month's in {@code customer_score_month}, which a customer's
     * time line reads (customer_score keeps the latest few runs only): the latest as-of date of a month
     * wins, so a backdated run does not replace a newer one.
     */
    public void keepAsMonth(LocalDate asOf) {
        LocalDate month = asOf.withDayOfMonth(1);
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM customer_score_month WHERE month = ? AND as_of <= ?", month, asOf);
            jdbc.update("INSERT INTO customer_score_month (customer_id, month, as_of, rfm_segment, p_alive, clv_12m)"
                    + " SELECT s.customer_id, ?, s.as_of, s.rfm_segment, s.p_alive, s.clv_12m FROM customer_score s WHERE s.as_of = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM customer_score_month m WHERE m.customer_id = s.customer_id AND m.month = ?)",
                    month, asOf, month);
        });
    }

    /** Deletes every snapshot older than the newest {@code keep} as-of dates; returns the rows deleted. */
    public int prune(int keep) {
        Integer deleted = transaction.execute(status -> deleteOlderThanNewest(keep));
        return deleted == null ? 0 : deleted;
    }

    private int deleteOlderThanNewest(int keep) {
        List<LocalDate> dates = jdbc.queryForList(
                "SELECT DISTINCT as_of FROM customer_score ORDER BY as_of DESC", LocalDate.class);
        if (dates.size() <= keep) {
            return 0;
        }
        LocalDate oldestKept = dates.get(keep - 1);
        jdbc.update("DELETE FROM score_fit WHERE as_of < ?", oldestKept);
        return jdbc.update("DELETE FROM customer_score WHERE as_of < ?", oldestKept);
    }
}
