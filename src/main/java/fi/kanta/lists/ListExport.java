package fi.kanta.lists;

import fi.kanta.campaign.Campaign;
import fi.kanta.customer.ContactRules.ConsentChannel;
import fi.kanta.customer.ContactRules;
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
import fi.kanta.shop.MoneySettings;
import fi.kanta.sql.Sql;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
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
import java.util.Locale;
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

    /**
     * What was written: how many members the default left out (a segment's), and the run's control
     * group (holdout) members, whether on a sheet of their own ({@code controlGroupOnOwnSheet}) or
     * left out of the file (a CSV file lists only the people to contact).
     */
    public record Written(Path file, ListSummary summary, long leftOut, long controlGroup, boolean controlGroupOnOwnSheet,
            long queryMillis, long totalMillis) {

        /** The rows of people to contact: the file's rows less the control group's sheet. */
        public long toContact() {
            return summary.rows() - (controlGroupOnOwnSheet ? controlGroup : 0);
        }
    }

    /** Rows of one query, on a sheet of their own when named. */
    private record Section(Optional<String> sheet, Sql query) {
    }

    private static final String TARGET = "TARGET";
    private static final String HOLDOUT = "HOLDOUT";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CustomerQuery customers;
    private final MoneySettings money;
    /** The marketer's: the workbook's title and sheet names. */
    private final Words words;

    public ListExport(JdbcTemplate jdbc, PlatformTransactionManager transactions, CustomerQuery customers, MoneySettings money,
            Words words) {
        this.words = words;
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
        return write(List.of(new Section(Optional.empty(), query)), columns, request, writer(request),
                document(words.text("list.title.segment", segment.name())), leftOut, 0, false);
    }

    public Written run(Campaign campaign, String runKey, Optional<String> group, Optional<String> channel, Request request) {
        return run(campaign, runKey, group, channel, request, writer(request));
    }

    /**
     * A run's recipients written by a writer of the caller's (e.g. one that puts a summary sheet
     * first). Without a group the list is safe to hand to a print house or a mailing tool: its
     * first sheet holds only the targets; the control group (holdout) follows on a sheet of its own
     * named "Control group – do not contact" in .xlsx, and is left out of a CSV file (counted in
     * {@link Written#controlGroup()}; {@code group} holdout writes it alone).
     */
    public Written run(Campaign campaign, String runKey, Optional<String> group, Optional<String> channel, Request request,
            ListWriter writer) {
        List<String> chosen = !request.columns().isEmpty() ? request.columns()
                : campaign.exportColumns().isEmpty() ? ListColumns.DEFAULT_RUN : campaign.exportColumns();
        List<StandardColumn> columns = ListColumns.parse(chosen, true);
        List<Long> runs = jdbc.queryForList("SELECT id FROM campaign_run WHERE campaign = ? AND run_key = ?", Long.class,
                campaign.name(), runKey);
        if (runs.isEmpty()) {
            throw new SaidError("run.none", campaign.name() + "/" + runKey);
        }
        Sql recipients = select(columns, true, campaign.segment().name(), campaign.offer())
                .plus(" FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id JOIN customer c ON c.id = r.customer_id"
                        + " LEFT JOIN customer_score s ON s.customer_id = c.id AND s.as_of = u.score_date WHERE r.run_id = ?", runs.get(0));
        if (channel.isPresent()) {
            recipients = recipients.plus(" AND r.channel = ?", channel.get());
        }
        ListDocument document = document(words.text("list.title.run", campaign.name() + "/" + runKey));
        if (group.isPresent()) {
            String asked = group.get().toUpperCase(Locale.ROOT);
            Sql query = recipients.plus(" AND r.recipient_group = ?", asked).plus(" ORDER BY r.ranking");
            ListDocument named = asked.equals(HOLDOUT)
                    ? new ListDocument(document.title(), "", controlGroupSheet()) : document;
            return write(List.of(new Section(Optional.empty(), query)), columns, request, writer, named, 0, 0, false);
        }
        Sql targets = recipients.plus(" AND r.recipient_group = ?", TARGET).plus(" ORDER BY r.ranking");
        Sql controlGroup = recipients.plus(" AND r.recipient_group = ?", HOLDOUT).plus(" ORDER BY r.ranking");
        Sql count = Sql.of("SELECT COUNT(*) FROM campaign_recipient r WHERE r.run_id = ? AND r.recipient_group = ?", runs.get(0),
                HOLDOUT);
        if (channel.isPresent()) {
            count = count.plus(" AND r.channel = ?", channel.get());
        }
        long held = jdbc.queryForObject(count.text(), Long.class, count.args());
        boolean ownSheet = !request.csv() && held > 0;
        List<Section> sections = ownSheet
                ? List.of(new Section(Optional.empty(), targets), new Section(Optional.of(controlGroupSheet()), controlGroup))
                : List.of(new Section(Optional.empty(), targets));
        return write(sections, columns, request, writer, document, 0, held, ownSheet);
    }

    /** A list on sheets named "Recipients" in the marketer's words. */
    private ListDocument document(String title) {
        return new ListDocument(title, "", words.text("list.sheet.recipients"));
    }

    /**
     * The control group's sheet, in the marketer's words (at most 31 characters, as Excel allows):
     * named so that no one who gets the workbook mails it.
     */
    public String controlGroupSheet() {
        return words.text("list.sheet.control-group");
    }

    /** May Kanta contact the customer at all: email or letter allowed, and not suppressed for it. */
    private static Sql contactable() {
        return Sql.of("(").plus(ContactRules.allowed(ConsentChannel.EMAIL)).plus(" OR ")
                .plus(ContactRules.allowed(ConsentChannel.LETTER)).plus(")");
    }

    private static Sql select(List<StandardColumn> columns, boolean ofRun, String segmentName) {
        return select(columns, ofRun, segmentName, Optional.empty());
    }

    private static Sql select(List<StandardColumn> columns, boolean ofRun, String segmentName, Optional<Campaign.Offer> offer) {
        List<Sql> parts = new ArrayList<>();
        for (StandardColumn column : columns) {
            String sql = ListColumns.sql(column, ofRun);
            parts.add(switch (column) {
                case SEGMENT -> Sql.of(sql, segmentName);
                case DISCOUNT -> discount(offer);
                default -> Sql.of(sql);
            });
        }
        return Sql.of("SELECT ").plus(Sql.join(", ", parts));
    }

    /**
     * The discount of the reward the row records, from the run's own definition (a row without a
     * number, selected before rewards, has the last reward's); none without an offer.
     */
    private static Sql discount(Optional<Campaign.Offer> offer) {
        if (offer.isEmpty()) {
            return Sql.of("CAST(NULL AS VARCHAR(100))");
        }
        Sql sql = Sql.of("CASE");
        for (Campaign.Reward reward : offer.get().rewards()) {
            sql = sql.plus(" WHEN r.reward = " + reward.number() + " THEN CAST(? AS VARCHAR(100))", reward.discount());
        }
        return sql.plus(" ELSE CAST(? AS VARCHAR(100)) END", offer.get().fallback().discount());
    }

    private ListWriter writer(Request request) {
        return !request.csv() ? new XlsxListWriter(money.baseCurrency())
                : request.semicolons() ? CsvListWriter.semicolons() : CsvListWriter.commas();
    }

    private Written write(List<Section> sections, List<StandardColumn> columns, Request request, ListWriter writer,
            ListDocument document, long leftOut, long controlGroup, boolean ownSheet) {
        List<ListColumn> listColumns = columns.stream().map(StandardColumn::column).toList();
        Path part = request.file().resolveSibling(request.file().getFileName() + ".part");
        long start = System.nanoTime();
        long[] firstRow = {0};
        ListSummary summary = readOnly.execute(status -> {
            try {
                Files.createDirectories(request.file().toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(part);
                        ListFile list = new BackgroundListFile(writer.open(out, document, listColumns))) {
                    for (Section section : sections) {
                        if (section.sheet().isPresent()) {
                            list.startSheet(section.sheet().get());
                        }
                        stream(section.query(), list, listColumns.size(), firstRow);
                    }
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
        return new Written(request.file(), summary, leftOut, controlGroup, ownSheet, ((firstRow[0] == 0 ? end : firstRow[0]) - start) / 1_000_000,
                (end - start) / 1_000_000);
    }

    /** Streams one query's rows into the list, noting when the first row came. */
    private void stream(Sql query, ListFile list, int width, long[] firstRow) {
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
            Object[] values = new Object[width];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getObject(i + 1);
            }
            try {
                list.add(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
