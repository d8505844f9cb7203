package fi.kanta.editorial;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The editorial's lines in a message file ({@code messages_<lang>.properties}, UTF-8): read them out
 * of the file's text, and write the file's text anew with other editorial lines in their place. Every
 * other line, comments included, stays as the marketer wrote it; so do {@code editorial.*} keys the
 * console does not edit (a second story added by hand).
 */
final class EditorialLines {

    static final String TITLE = "editorial.story.title";
    static final String STORY = "editorial.story.text";
    static final String OFFER = "editorial.offer";
    private static final String CATEGORY = OFFER + ".";

    private EditorialLines() {
    }

    /** The editorial's texts in {@code language} as {@code text} (a message file's content) has them. */
    static EditorialText read(String language, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : logicalLines(text)) {
            entry(line).ifPresent(entry -> values.put(entry.getKey(), entry.getValue()));
        }
        StringBuilder categories = new StringBuilder();
        values.forEach((key, value) -> {
            if (key.startsWith(CATEGORY) && key.length() > CATEGORY.length()) {
                categories.append(key.substring(CATEGORY.length())).append(" = ").append(value).append('\n');
            }
        });
        return new EditorialText(language, values.getOrDefault(TITLE, ""), values.getOrDefault(STORY, ""),
                values.getOrDefault(OFFER, ""), categories.toString().strip());
    }

    /**
     * {@code text} with its editorial lines replaced by {@code editorial}'s, where the first of them
     * was (at the end when there was none). {@code categoryOffers} must be checked first ({@link #categoryLines}).
     */
    static String rewrite(String text, EditorialText editorial) {
        List<String> written = new ArrayList<>();
        written.add(line(TITLE, editorial.title()));
        written.add(line(STORY, editorial.story()));
        for (String[] offer : categoryLines(editorial.categoryOffers())) {
            written.add(line(CATEGORY + offer[0].strip().replaceAll("\\s+", "_"), offer[1]));
        }
        written.add(line(OFFER, editorial.offer()));
        StringBuilder out = new StringBuilder();
        boolean placed = false;
        for (String line : logicalLines(text)) {
            boolean ours = entry(line).map(entry -> isOurs(entry.getKey())).orElse(false);
            if (!ours) {
                out.append(line).append('\n');
            } else if (!placed) {
                written.forEach(mine -> out.append(mine).append('\n'));
                placed = true;
            }
        }
        if (!placed) {
            written.forEach(mine -> out.append(mine).append('\n'));
        }
        return out.toString();
    }

    /** The offers per category as {category, text} pairs, blank lines left out; a line without "=" is {line, null}. */
    static List<String[]> categoryLines(String categoryOffers) {
        List<String[]> lines = new ArrayList<>();
        for (String line : categoryOffers.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            lines.add(equals < 0 ? new String[] {line.strip(), null}
                    : new String[] {line.substring(0, equals).strip(), line.substring(equals + 1).strip()});
        }
        return lines;
    }

    private static boolean isOurs(String key) {
        return key.equals(TITLE) || key.equals(STORY) || key.equals(OFFER) || key.startsWith(CATEGORY);
    }

    /** One {@code key=value} line as a .properties reader reads it back to the same value. */
    private static String line(String key, String value) {
        return escape(key, true) + "=" + escape(oneLine(value), false);
    }

    /** A text is a paragraph: line breaks become spaces (a message is one line). */
    static String oneLine(String value) {
        return value.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The file's lines, a line continued with a trailing backslash joined to the next. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\\R", -1)) {
            if (current != null) {
                current.append('\n').append(line);
            } else {
                current = new StringBuilder(line);
            }
            if (!continues(line)) {
                lines.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            lines.add(current.toString());
        }
        // a file ending in a line break has an empty last piece: not a line of its own
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static boolean continues(String line) {
        if (line.stripLeading().startsWith("#") || line.stripLeading().startsWith("!")) {
            return false;
        }
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The key and value of a logical line, read as {@link Properties} reads it; empty for a comment or blank line. */
    private static java.util.Optional<Map.Entry<String, String>> entry(String line) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // a malformed \\u escape: not a line we edit
        }
        return one.stringPropertyNames().stream().findFirst().map(key -> Map.entry(key, one.getProperty(key)));
    }
}
