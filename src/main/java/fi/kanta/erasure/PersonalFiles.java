package fi.kanta.erasure;

import fi.kanta.KantaHome;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Takes a person out of every file Kanta wrote or was given: everything under {@code out/} (run
 * files, previews, lists, reject reports, the log) and {@code inbox/} (files waiting, done or
 * failed). A file for one person (an .eml, a preview page) is deleted; a shared file is rewritten
 * without the person's lines, rows or letter pages (CSV and text, .csv.gz, .xlsx, PDF print
 * files); a file of another kind that names them is deleted, and said so. Running it again finds
 * nothing more, so an erasure that stopped half way simply runs it again.
 */
@Component
class PersonalFiles {

    /** Workbooks larger than this are deleted rather than rewritten: POI holds a rewritten workbook in memory. */
    private static final long LARGEST_REWRITTEN_WORKBOOK = 64L * 1024 * 1024;

    private final KantaHome home;

    PersonalFiles(KantaHome home) {
        this.home = home;
    }

    /** What the files pass did: files rewritten without the person, files deleted (shared ones named for the marketer). */
    record Changes(List<Path> rewritten, List<Path> deleted) {
        int count() {
            return rewritten.size() + deleted.size();
        }
    }

    Changes remove(Traces traces) {
        List<Path> rewritten = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        for (Path folder : List.of(home.home().resolve("out"), home.home().resolve("inbox"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
            for (Path file : files) {
                try {
                    switch (clean(file, traces)) {
                        case REWRITTEN -> rewritten.add(file);
                        case DELETED -> deleted.add(file);
                        case UNTOUCHED -> { }
                    }
                } catch (IOException | RuntimeException e) {
                    // a file that cannot be read or rewritten must not keep the person: it goes
                    try {
                        if (Files.deleteIfExists(file)) {
                            deleted.add(file);
                        }
                    } catch (IOException gone) {
                        throw new UncheckedIOException("cannot delete " + file + " (it may name an erased person)", gone);
                    }
                }
            }
        }
        return new Changes(rewritten, deleted);
    }

    private enum Outcome { UNTOUCHED, REWRITTEN, DELETED }

    private Outcome clean(Path file, Traces traces) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".eml") || name.endsWith(".html") || name.endsWith(".htm")) {
            return deleteIf(file, traces.in(Files.readString(file, StandardCharsets.ISO_8859_1))
                    || traces.in(Files.readString(file, StandardCharsets.UTF_8)));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".log") || name.endsWith(".tsv")) {
            return lines(file, traces, false);
        }
        if (name.endsWith(".gz")) {
            return lines(file, traces, true);
        }
        if (name.endsWith(".xlsx")) {
            return workbook(file, traces);
        }
        if (name.endsWith(".pdf")) {
            return pdf(file, traces);
        }
        return deleteIf(file, traces.in(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
    }

    private static Outcome deleteIf(Path file, boolean theirs) throws IOException {
        if (!theirs) {
            return Outcome.UNTOUCHED;
        }
        Files.delete(file);
        return Outcome.DELETED;
    }

    /** Text a line at a time: the lines naming the person are left out. */
    private static Outcome lines(Path file, Traces traces, boolean gzip) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean found = false;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                line.append((char) c);
                if (c == '\n') {
                    found |= keep(line, traces, kept);
                    line.setLength(0);
                }
            }
            found |= keep(line, traces, kept);
        }
        if (!found) {
            return Outcome.UNTOUCHED;
        }
        if (file.getFileName().toString().equals("kanta.log")) {
            // the log is open for appending by running processes: rewritten in place, not replaced
            Files.write(file, kept.toByteArray());
            return Outcome.REWRITTEN;
        }
        replace(file, out -> {
            if (gzip) {
                try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
                    kept.writeTo(zipped);
                }
            } else {
                kept.writeTo(out);
            }
        });
        return Outcome.REWRITTEN;
    }

    /** Adds the line to what is kept unless it names the person; true when it did. */
    private static boolean keep(StringBuilder line, Traces traces, ByteArrayOutputStream kept) {
        if (line.isEmpty()) {
            return false;
        }
        String text = line.toString();
        if (traces.inLine(text)) {
            return true;
        }
        kept.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /** Workbooks: the rows naming the person are removed and the rows below moved up. */
    private static Outcome workbook(Path file, Traces traces) throws IOException {
        if (!zipNames(file, traces)) {
            return Outcome.UNTOUCHED;
        }
        if (Files.size(file) > LARGEST_REWRITTEN_WORKBOOK) {
            return deleteIf(file, true);
        }
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : book) {
                for (int r = sheet.getLastRowNum(); r >= sheet.getFirstRowNum() && r >= 0; r--) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    StringBuilder text = new StringBuilder();
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append(';');
                    }
                    if (traces.inLine(text.toString())) {
                        sheet.removeRow(row);
                        if (r < sheet.getLastRowNum()) {
                            sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
                        }
                    }
                }
            }
            replace(file, book::write);
        }
        return Outcome.REWRITTEN;
    }

    /** Whether any part of the (zipped) workbook names the person, without building it. */
    private static boolean zipNames(Path file, Traces traces) throws IOException {
        // the central directory, not the stream: streamed workbooks write sizes after the data
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            StringBuilder all = new StringBuilder();
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            return traces.in(all.toString());
        }
    }

    /** Print files: the pages naming the person are removed; a file left without pages is deleted. */
    private static Outcome pdf(Path file, Traces traces) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> theirs = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (traces.in(stripper.getText(document))) {
                    theirs.add(page - 1);
                }
            }
            if (theirs.isEmpty()) {
                return Outcome.UNTOUCHED;
            }
            if (theirs.size() == document.getNumberOfPages()) {
                document.close();
                return deleteIf(file, true);
            }
            for (int i = theirs.size() - 1; i >= 0; i--) {
                document.removePage(theirs.get(i));
            }
            replace(file, document::save);
        }
        return Outcome.REWRITTEN;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes the new content beside the file and moves it into place, so a crash leaves the old file or the new one. */
    private static void replace(Path file, Writing writing) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".erasure-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writing.to(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
