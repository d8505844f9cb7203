package fi.kanta.erasure;

import fi.kanta.KantaHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The erasures outside the database: {@code data/erasure-ledger.csv}, one line per erasure done
 * (receipt, the three hashes, when, who asked; nothing that names anyone). A database restored from
 * a backup has lost the erasures made since the backup; the ledger has not, so
 * {@code kanta erasures reapply} puts them back and erases those people again. It is appended to
 * once an erasure is done, and reapply also writes to it the erasures the database has and it
 * lacks.
 */
@Component
class ErasureLedger {

    static final String FILE = "erasure-ledger.csv";

    /** One erasure as the ledger and the {@code erasure} table both keep it. */
    record Entry(String receiptId, String externalIdHash, String emailHash, String personHash, LocalDateTime erasedAt,
                 String requestedBy) {

        String line() {
            return String.join(",", receiptId, externalIdHash, orEmpty(emailHash), orEmpty(personHash), erasedAt.toString(),
                    requestedBy.replaceAll("[,\\r\\n]", " "));
        }

        static Entry of(String line) {
            String[] f = line.split(",", -1);
            return new Entry(f[0], f[1], orNull(f[2]), orNull(f[3]), LocalDateTime.parse(f[4]), f.length > 5 ? f[5] : "unknown");
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text.strip();
        }

        private static String orNull(String text) {
            return text.isBlank() ? null : text;
        }
    }

    private final Path file;

    ErasureLedger(KantaHome home) {
        this.file = home.home().resolve("data").resolve(FILE);
    }

    synchronized void append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        entries.forEach(entry -> lines.append(entry.line()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the erasure ledger " + file, e);
        }
    }

    List<Entry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(Entry.of(line.strip()));
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the erasure ledger " + file + ": " + e.getMessage(), e);
        }
    }
}
