package fi.kanta.schedule;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import fi.kanta.KantaHome;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.customer.importing.ImportSummary;
import fi.kanta.customer.importing.Importer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The import inbox that {@code kanta serve} watches ({@code kanta.inbox}, default
 * {@code <home>/inbox}): a file named {@code customers…}, {@code purchases…}, {@code consents…} or
 * {@code suppressions…} (.csv or .xlsx) is imported, then moved to {@code done/} or {@code failed/}
 * with its reject report beside it. Customers go first, so purchases of new customers find them.
 * A file still being written is left alone: one whose name ends in .part or .tmp, or that changed
 * in the last {@value #SETTLE_SECONDS} seconds.
 */
@Component
public class Inbox {

    static final int SETTLE_SECONDS = 10;

    private final Path folder;
    private final Importer importer;
    private final Words words;

    public Inbox(KantaHome home, @Value("${kanta.inbox:}") String inbox, Importer importer, Words words) {
        this.folder = inbox.isBlank() ? home.home().resolve("inbox") : home.home().resolve(inbox);
        this.importer = importer;
        this.words = words;
    }

    public Path folder() {
        return folder;
    }

    /** Imports every settled file in the inbox; returns one line per file. */
    public List<String> sweep(Clock clock) {
        List<String> done = new ArrayList<>();
        for (Path file : settledFiles(clock)) {
            Optional<ImportKind> kind = kindOf(file);
            if (kind.isEmpty()) {
                continue;
            }
            ImportOutcome outcome;
            try {
                outcome = importer.importFile(kind.get(), file, null);
            } catch (RuntimeException e) {
                done.add(move(file, "failed", null, null) + ": " + SaidError.said(e, words));
                continue;
            }
            done.add(ImportSummary.of(outcome, words).strip() + " -> " + move(file, outcome.succeeded() ? "done" : "failed", outcome.rejectReport(),
                    outcome.warningReport()));
        }
        return done;
    }

    /** The kind a file name says, by its first word: customers, purchases, consents, suppressions, products, order-lines. */
    static Optional<ImportKind> kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".csv") || name.endsWith(".xlsx"))) {
            return Optional.empty();
        }
        for (ImportKind kind : ImportKind.values()) {
            if (name.startsWith(kind.label()) || name.startsWith(kind.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private List<Path> settledFiles(Clock clock) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> kindOf(f).isPresent())
                    .filter(f -> settled(f, clock))
                    .sorted(Comparator.comparing((Path f) -> kindOf(f).orElseThrow()).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean settled(Path file, Clock clock) {
        try {
            return Duration.between(Files.getLastModifiedTime(file).toInstant(), clock.instant()).getSeconds() >= SETTLE_SECONDS;
        } catch (IOException e) {
            return false;
        }
    }

    /** Moves the file to done/ or failed/, with its reports beside it ({@code NAME.rejects.csv}, {@code NAME.warnings.csv}). */
    private String move(Path file, String to, Path rejectReport, Path warningReport) {
        try {
            Path target = Files.createDirectories(folder.resolve(to)).resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            if (rejectReport != null && Files.exists(rejectReport)) {
                Files.copy(rejectReport, folder.resolve(to).resolve(file.getFileName() + ".rejects.csv"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (warningReport != null && Files.exists(warningReport)) {
                Files.copy(warningReport, folder.resolve(to).resolve(file.getFileName() + ".warnings.csv"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return folder.relativize(target).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
