package fi.kanta.render;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Print-ready letters of a run: all letters in the given order, each starting on a new sheet, split
 * into files {@code letters-0001.pdf}, {@code letters-0002.pdf}… of at most {@code lettersPerFile}
 * letters. Letters are rendered one at a time and a file is written and closed before the next one
 * starts, so memory is bounded by one file, whatever the size of the run.
 */
public final class LetterPrintFiles {

    private static final Pattern PRINT_FILE = Pattern.compile("letters-\\d{4,}\\.pdf(\\.part)?");

    private final CampaignTemplates templates;
    private final ShopImages images;

    public LetterPrintFiles(CampaignTemplates templates, ShopImages images) {
        this.templates = templates;
        this.images = images;
    }

    /** With images of its own: each print run fetches the logo once. */
    public LetterPrintFiles(CampaignTemplates templates) {
        this(templates, new ShopImages());
    }

    /**
     * Writes the letters into {@code folder} (created if needed); returns the files in order. Print
     * files of an earlier attempt in that folder are removed first, so the folder holds exactly the
     * files returned. A file is written as {@code .part} and renamed when complete, so a file with
     * the final name is whole.
     */
    public List<PrintFile> write(Path folder, Iterable<? extends Map<String, ?>> letters, int lettersPerFile)
            throws IOException {
        if (lettersPerFile < 1) {
            throw new IllegalArgumentException("letters per file must be at least 1, not " + lettersPerFile);
        }
        Files.createDirectories(folder);
        removeEarlierPrintFiles(folder);
        List<PrintFile> files = new ArrayList<>();
        Iterator<? extends Map<String, ?>> next = letters.iterator();
        int written = 0;
        while (next.hasNext()) {
            Path file = fileName(folder, files.size() + 1);
            PrintFile printed = writeFile(file, next, written + 1, lettersPerFile);
            files.add(printed);
            written += printed.letters();
        }
        return files;
    }

    /**
     * One letter laid out in memory, to be written later as the only print file of a folder
     * ({@link LaidOut#writeInto}) or dropped ({@link LaidOut#close}): a preview lays its letter out
     * on a second thread while the templates are still being checked, and writes it only once they pass.
     */
    public LaidOut layOut(Map<String, ?> letter) throws IOException {
        LetterPdf pdf = new LetterPdf(templates.file(CampaignTemplates.LETTER).getParent(), images);
        try {
            pdf.add(templateName(), templates.letter(letter));
            return new LaidOut(pdf);
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /** A letter laid out by {@link #layOut}, not yet written. */
    public static final class LaidOut implements Closeable {
        private final LetterPdf pdf;
        private boolean closed;

        private LaidOut(LetterPdf pdf) {
            this.pdf = pdf;
        }

        /** Writes the letter into {@code folder} exactly as {@link #write} writes a run of this one letter. */
        public PrintFile writeInto(Path folder) throws IOException {
            Files.createDirectories(folder);
            removeEarlierPrintFiles(folder);
            return save(pdf, fileName(folder, 1), 1, 1);
        }

        /** Lets go of the letter's PDF; a second call does nothing. */
        @Override
        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                pdf.close();
            }
        }
    }

    private static Path fileName(Path folder, int number) {
        return folder.resolve(String.format(Locale.ROOT, "letters-%04d.pdf", number));
    }

    private static void removeEarlierPrintFiles(Path folder) throws IOException {
        try (var earlier = Files.list(folder)) {
            for (Path file : earlier.filter(f -> PRINT_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.delete(file);
            }
        }
    }

    private String templateName() {
        return templates.campaign() + "/" + CampaignTemplates.LETTER;
    }

    private PrintFile writeFile(Path file, Iterator<? extends Map<String, ?>> next, int firstLetter, int lettersPerFile)
            throws IOException {
        try (LetterPdf pdf = new LetterPdf(templates.file(CampaignTemplates.LETTER).getParent(), images)) {
            int letters = 0;
            while (letters < lettersPerFile && next.hasNext()) {
                pdf.add(templateName(), templates.letter(next.next()));
                letters++;
            }
            return save(pdf, file, firstLetter, letters);
        }
    }

    /** Written as {@code .part} and renamed when complete, so a file with the final name is whole. */
    private static PrintFile save(LetterPdf pdf, Path file, int firstLetter, int letters) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        pdf.save(part);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new PrintFile(file, firstLetter, letters, pdf.pages());
    }
}
