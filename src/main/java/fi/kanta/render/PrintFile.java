package fi.kanta.render;

import java.nio.file.Path;

/**
 * One PDF a print house receives.
 *
 * @param file        where it was written
 * @param firstLetter position (1-based) of its first letter among all letters of the run, so an
 *                    address list in the same order can point at the file
 * @param letters     letters in the file, each starting on a new sheet
 * @param pages       pages in the file
 */
public record PrintFile(Path file, int firstLetter, int letters, int pages) {
}
