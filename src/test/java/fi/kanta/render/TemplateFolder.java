package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A copy of the shipped templates in a temporary folder, edited as a marketer would edit it. */
record TemplateFolder(Path root) {

    static TemplateFolder copyOfShipped(Path into) {
        try (var paths = Files.walk(SHIPPED_TEMPLATES)) {
            for (Path from : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path to = into.resolve(SHIPPED_TEMPLATES.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplateFolder(into);
    }

    /** Replaces the first occurrence; returns its line number (1-based). */
    int replace(String file, String from, String to) throws IOException {
        int line = lineOf(file, from);
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return line;
    }

    /** Adds lines at the end of a file (a message file, say). */
    void append(String file, String... lines) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, (text.endsWith("\n") ? text : text + "\n") + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }

    int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in " + file);
    }
}
