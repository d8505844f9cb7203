package fi.kanta.lists;

import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.customer.ContactRules;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.shop.MoneySettings;
import fi.kanta.export.BackgroundListFile;
import fi.kanta.export.CsvListWriter;
import fi.kanta.export.ListColumn;
import fi.kanta.export.ListDocument;
import fi.kanta.export.ListFile;
import fi.kanta.export.ListSummary;
import fi.kanta.export.ListWriter;
import fi.kanta.export.StandardColumn;
import fi.kanta.export.XlsxListWriter;
import fi.kanta.segment.CustomerQuery;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentSql;
import fi.kanta.segment.Source;
import fi.kanta.sql.Sql;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mailing lists to .xlsx or CSV: a segment's members (by default only those Kanta may contact: some
 * channel consented and not suppressed) or a run's recipients, streamed from one query straight
 * into the list writer, so neither the rows nor the workbook is ever held in memory; the writer
 * has a thread of its own ({@link BackgroundListFile}) while this one reads the rows. The file is
 * written under a temporary name and renamed when complete.
 */
@Component
public class ListExport {

    /** How the list was asked for; no columns: the standard set (for a run: the campaign's export columns, if it names any). */
    public record Request(List<String> columns, boolean csv, boolean semicolons, Path file) {
    }

    /** Rows a database sends at a time while the list streams (PostgreSQL otherwise sends them all at once). */
    private static final int FETCH_SIZE = 5000;

    /** What was written, and how many the default left out. */
    public record Written(Path file, ListSummary summary, long leftOut, long queryMillis, long totalMillis) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CustomerQuery customers;
    private final MoneySettings money;

    public ListExport(JdbcTemplate jdbc, PlatformTransactionManager transactions, CustomerQuery customers, MoneySettings money) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.customers = customers;
        this.money = money;
    }

    /** A segment's members; no columns: the standard set. */
    public Written segment(Segment segment, boolean everyone, Request request, LocalDate today) {
        List<StandardColumn> columns = ListColumns.parse(request.columns().isEmpty() ? ListColumns.DEFAULT : request.columns(), false);
        Optional<LocalDate> scoreDate = customers.newestScoreDate();
        Set<Source> sources = EnumSet.copyOf(SegmentSql.sources(segment.filter()));
        sources.add(Source.SCORE);
        Sql members = CustomerQuery.from(sources, scoreDate).plus(" WHERE ").plus(SegmentSql.where(segment.filter(), today));
        Sql contactable = contactable();
        long leftOut = 0;
        if (!everyone) {
            Sql count = Sql.of("SELECT COUNT(*)").plus(members).plus(" AND NOT ").plus(contactable);
            leftOut = jdbc.queryForObject(count.text(), Long.class, count.args());
            members = members.plus(" AND ").plus(contactable);
        }
        Sql query = select(columns, false, segment.name()).plus(members).plus(" ORDER BY c.id");
        return write(query, columns, request, writer(request), ListDocument.titled("Segment " + segment.name()), leftOut);
    }

    public Written run(Campaign campaign, String runKey, Optional<String> group, Optional<String> channel, Request request) {
        return run(campaign, runKey, group, channel, request, writer(request));
    }

    /** A run's recipients written by a writer of the caller's (e.g. one that puts a summary sheet first). */
    public Written run(Campaign campaign, String runKey, Optional<String> group, Optional<String> channel, Request request,
            ListWriter writer) {
        List<String> chosen = !request.columns().isEmpty() ? request.columns()
                : campaign.exportColumns().isEmpty() ? ListColumns.DEFAULT_RUN : campaign.exportColumns();
        List<StandardColumn> columns = ListColumns.parse(chosen, true);
        List<Long> runs = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class,
                campaign.name(), runKey);
        if (runs.isEmpty()) {
            throw new UserError("there is no run " + campaign.name() + "/" + runKey + " (kanta status lists the runs)");
        }
        Sql query = select(columns, true, campaign.segment().name())
                .plus(" FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id JOIN customer c ON c.id = r.customer_id"
                        + " LEFT JOIN customer_score s ON s.customer_id = c.id AND s.as_of = u.score_date WHERE r.run_id = ?", runs.get(0));
        if (group.isPresent()) {
            query = query.plus(" AND r.recipient_group = ?", group.get().toUpperCase(java.util.Locale.ROOT));
        }
        if (channel.isPresent()) {
            query = query.plus(" AND r.channel = ?", channel.get());
        }
        return write(query.plus(" ORDER BY r.ranking"), columns, request, writer,
                ListDocument.titled("Recipients of " + campaign.name() + "/" + runKey), 0);
    }

    /** May Kanta contact the customer at all: email or letter allowed, and not suppressed for it. */
    private static Sql contactable() {
        return Sql.of("(").plus(ContactRules.allowed(ConsentChannel.EMAIL)).plus(" OR ")
                .plus(ContactRules.allowed(ConsentChannel.LETTER)).plus(")");
    }

    private static Sql select(List<StandardColumn> columns, boolean ofRun, String segmentName) {
        List<Sql> parts = new ArrayList<>();
        for (StandardColumn column : columns) {
            String sql = ListColumns.sql(column, ofRun);
            parts.add(column == StandardColumn.SEGMENT ? Sql.of(sql, segmentName) : Sql.of(sql));
        }
        return Sql.of("SELECT ").plus(Sql.join(", ", parts));
    }

    private ListWriter writer(Request request) {
        return !request.csv() ? new XlsxListWriter(money.baseCurrency())
                : request.semicolons() ? CsvListWriter.semicolons() : CsvListWriter.commas();
    }

    private Written write(Sql query, List<StandardColumn> columns, Request request, ListWriter writer, ListDocument document,
            long leftOut) {
        List<ListColumn> listColumns = columns.stream().map(StandardColumn::column).toList();
        Path part = request.file().resolveSibling(request.file().getFileName() + ".part");
        long start = System.nanoTime();
        long[] firstRow = {0};
        ListSummary summary = readOnly.execute(status -> {
            try {
                Files.createDirectories(request.file().toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(part);
                        ListFile list = new BackgroundListFile(writer.open(out, document, listColumns))) {
                    jdbc.query(connection -> {
                        var statement = connection.prepareStatement(query.text());
                        statement.setFetchSize(FETCH_SIZE);
                        Object[] args = query.args();
                        for (int i = 0; i < args.length; i++) {
                            statement.setObject(i + 1, args[i]);
                        }
                        return statement;
                    }, row -> {
                        if (firstRow[0] == 0) {
                            firstRow[0] = System.nanoTime();
                        }
                        Object[] values = new Object[listColumns.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = row.getObject(i + 1);
                        }
                        try {
                            list.add(values);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    return list.finish();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            Files.move(part, request.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = System.nanoTime();
        return new Written(request.file(), summary, leftOut, ((firstRow[0] == 0 ? end : firstRow[0]) - start) / 1_000_000,
                (end - start) / 1_000_000);
    }
}
