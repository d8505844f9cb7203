package fi.kanta.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text of the template files a run uses, by path under {@code templates/} (e.g.
 * {@code win-back/email.html}): every template and message file in the folders of the run's
 * channels, in every folder their templates take fragments from ({@code ~{layout/email.html ...}}),
 * transitively, and the shared {@code messages_<lang>.properties}. A run keeps them at its first send.
 */
public record TemplateTexts(SortedMap<String, String> files) {

    private static final Pattern FRAGMENT_FOLDER = Pattern.compile("~\\{\\s*([a-z0-9][a-z0-9-]*)/");
    private static final Pattern TEXT_FILE = Pattern.compile(".*\\.(html|txt|properties|css|xml)");

    public TemplateTexts {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The files of {@code folders} (template folder names) in {@code templates}, as they are now. */
    static TemplateTexts read(Path templates, Collection<String> folders) {
        SortedMap<String, String> files = new TreeMap<>();
        for (Path shared : list(templates)) {
            String name = shared.getFileName().toString();
            if (name.startsWith("messages_") && name.endsWith(".properties")) {
                files.put(name, text(shared));
            }
        }
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(folders);
        while (!todo.isEmpty()) {
            String folder = todo.pop();
            if (!seen.add(folder)) {
                continue;
            }
            for (Path file : list(templates.resolve(folder))) {
                if (!TEXT_FILE.matcher(file.getFileName().toString()).matches()) {
                    continue;
                }
                String text = text(file);
                files.put(folder + "/" + file.getFileName(), text);
                Matcher fragment = FRAGMENT_FOLDER.matcher(text);
                while (fragment.find()) {
                    todo.push(fragment.group(1));
                }
            }
        }
        return new TemplateTexts(files);
    }

    /** The paths whose text differs between this and {@code other}: changed, added or gone, in path order. */
    public Set<String> differingFrom(TemplateTexts other) {
        Set<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(other.files.keySet());
        paths.removeIf(path -> java.util.Objects.equals(files.get(path), other.files.get(path)));
        return paths;
    }

    /** Each file's SHA-256, lower-case hex. */
    public Map<String, String> hashes() {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, text) -> hashes.put(path, sha256(text)));
        return hashes;
    }

    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateProblem(e, "template.unreadable", file, e.getMessage());
        }
    }
}
