package fi.kanta.scoring;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Writes score rows with PostgreSQL's COPY, several times faster than batched INSERTs for the million
 * rows of a large base (the import found the same for its stages).
 */
final class ScoreCopy {

    private ScoreCopy() {
    }

    /** Copies the rows into customer_score on the connection; returns the rows copied. */
    static long copy(Connection connection, LocalDate asOf, List<ScoreWriter.Row> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        for (ScoreWriter.Row row : rows) {
            CustomerSummary c = row.summary();
            CustomerValue v = row.value();
            csv.append(c.customerId()).append(',').append(asOf).append(',').append(c.frequency()).append(',')
                    .append((long) c.recencyDays()).append(',').append((long) c.tDays()).append(',')
                    .append(c.monetaryValue()).append(',')
                    .append(java.math.BigDecimal.valueOf(Math.round(c.totalSpend() * 100), 2).toPlainString()).append(',')
                    .append(v.pAlive()).append(',').append(v.expectedPurchases()).append(',')
                    .append(v.expectedOrderValue()).append(',').append(v.clv()).append(',')
                    .append(row.rfm().recency()).append(',').append(row.rfm().frequency()).append(',')
                    .append(row.rfm().monetary()).append(',').append(row.rfm().code()).append(',');
            quoted(csv, row.rfm().segment()).append(',');
            if (row.favouriteCategory() != null) {
                quoted(csv, row.favouriteCategory()); // empty and unquoted is NULL in COPY's CSV
            }
            csv.append('\n');
        }
        try {
            // Double.toString prints the shortest decimal that reads back as the same double: no precision lost.
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY customer_score (" + ScoreWriter.COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into customer_score failed", e);
        }
    }

    private static StringBuilder quoted(StringBuilder csv, String text) {
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                csv.append('"');
            }
            if (ch != 0) {
                csv.append(ch);
            }
        }
        return csv.append('"');
    }
}
