package fi.kanta.console.imports;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.console.campaigns.PageWords;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.customer.importing.Importer;
import fi.kanta.progress.Progress;
import fi.kanta.progress.ProgressListener;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Files uploaded in the console, imported by the same import job as {@code kanta import} (so the
 * same file is "already imported", a failed one resumed, and rejected rows land in the same
 * reject report). The upload is on disk before anything starts (under {@code out/import/uploads/},
 * never held in memory, whatever its size); the import runs on a thread of its own, one at a time
 * (HSQLDB has one writer), and its page follows it.
 */
@Service
public class ImportUploads {

    private static final Logger LOG = LoggerFactory.getLogger(ImportUploads.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Importer importer;
    private final KantaHome home;
    private final Progress progress;
    private final Map<Long, Upload> uploads = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    private final ExecutorService worker;

    private final PageWords words;

    ImportUploads(Importer importer, KantaHome home, Progress progress, PageWords words) {
        this.words = words;
        this.importer = importer;
        this.home = home;
        this.progress = progress;
        this.worker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "console-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * One upload and how its import went so far: rows read and rejected while it runs, then its
     * outcome (the summary and the reject report) or the problem that stopped it.
     */
    public record Upload(long number, ImportKind kind, String fileName, LocalDateTime uploaded, boolean going, long read,
            long rejected, Optional<ImportOutcome> outcome, Optional<String> problem) {

        Upload reading(long readNow, long rejectedNow) {
            return new Upload(number, kind, fileName, uploaded, going, readNow, rejectedNow, outcome, problem);
        }

        Upload ended(Optional<ImportOutcome> how, Optional<String> why) {
            return new Upload(number, kind, fileName, uploaded, false, how.map(ImportOutcome::read).orElse(read),
                    how.map(ImportOutcome::rejected).orElse(rejected), how, why);
        }
    }

    /** Where an upload of {@code fileName} is written before its import: a new file under out/import/uploads/. */
    public Path place(String fileName) {
        String name = baseName(fileName);
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.toLowerCase(Locale.ROOT).endsWith(".csv") && !safe.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                && !safe.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            throw new SaidError("page.import.file-type", name);
        }
        Path folder = home.out("import", "uploads");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(LocalDateTime.now().format(STAMP) + "-" + numbers.incrementAndGet() + "-" + safe);
    }

    /** The file's own name, without the folders some browsers send with it; any character may be in it. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Starts importing an uploaded file (written by {@link #place}); returns its number for its page. */
    public long start(ImportKind kind, Path file, String fileName) {
        long number = numbers.incrementAndGet();
        uploads.put(number, new Upload(number, kind, fileName, LocalDateTime.now(), true, 0, 0, Optional.empty(), Optional.empty()));
        // the words of the marketer who uploaded it, taken while their request is answered
        Words said = words.now();
        worker.submit(() -> run(number, kind, file, said));
        return number;
    }

    private void run(long number, ImportKind kind, Path file, Words said) {
        ProgressListener rows = new ProgressListener() {
            @Override
            public void message(String line) {
            }

            @Override
            public void progress(String work, long done, long failed, long total) {
                if ("import".equals(work)) {
                    uploads.computeIfPresent(number, (n, upload) -> upload.reading(done, failed));
                }
            }
        };
        try (Progress.Listening listening = progress.listen(rows)) {
            ImportOutcome outcome = importer.importFile(kind, file, null);
            uploads.computeIfPresent(number, (n, upload) -> upload.ended(Optional.of(outcome), Optional.ofNullable(outcome.problem()).map(problem -> problem.said(said))));
        } catch (UserError e) {
            uploads.computeIfPresent(number, (n, upload) -> upload.ended(Optional.empty(), Optional.of(SaidError.said(e, said))));
        } catch (RuntimeException e) {
            LOG.error("the console's import number {} failed", number, e);
            uploads.computeIfPresent(number, (n, upload) -> upload.ended(Optional.empty(),
                    Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    public Optional<Upload> upload(long number) {
        return Optional.ofNullable(uploads.get(number));
    }

    /** This console's uploads, newest first. */
    public List<Upload> recent() {
        return uploads.values().stream().sorted(Comparator.comparingLong(Upload::number).reversed()).limit(20).toList();
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
