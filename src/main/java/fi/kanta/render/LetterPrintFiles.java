package fi.kanta.render;

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

    public LetterPrintFiles(CampaignTemplates templates) {
        this.templates = templates;
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
            Path file = folder.resolve(String.format(Locale.ROOT, "letters-%04d.pdf", files.size() + 1));
            PrintFile printed = writeFile(file, next, written + 1, lettersPerFile);
            files.add(printed);
            written += printed.letters();
        }
        return files;
    }

    private static void removeEarlierPrintFiles(Path folder) throws IOException {
        try (var earlier = Files.list(folder)) {
            for (Path file : earlier.filter(f -> PRINT_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.delete(file);
            }
        }
    }

    private PrintFile writeFile(Path file, Iterator<? extends Map<String, ?>> next, int firstLetter, int lettersPerFile)
            throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        String template = templates.campaign() + "/" + CampaignTemplates.LETTER;
        try (LetterPdf pdf = new LetterPdf(templates.file(CampaignTemplates.LETTER).getParent())) {
            int letters = 0;
            while (letters < lettersPerFile && next.hasNext()) {
                pdf.add(template, templates.letter(next.next()));
                letters++;
            }
            pdf.save(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new PrintFile(file, firstLetter, letters, pdf.pages());
        }
    }
}
