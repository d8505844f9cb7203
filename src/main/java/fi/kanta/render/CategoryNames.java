package fi.kanta.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What a customer reads for a category of the shop's data: {@code templates/categories.csv}, the one
 * file a marketer edits (in Excel or a text editor) to name each category in each language:
 *
 * <pre>
 * category;fi;sv;en
 * Sports;Urheilu;Sport;Sports
 * </pre>
 *
 * The first column is the category as the purchases write it (upper and lower case do not matter),
 * the header names the other columns' languages. Semicolons or commas, UTF-8 (with or without a byte
 * order mark) or Windows-1252 as Finnish and Swedish Excel save it. A category with no name in a
 * language is written as the data writes it (and {@code kanta validate} warns); so is every
 * category when the file is missing.
 */
public final class CategoryNames {

    public static final String FILE = "categories.csv";
    static final CategoryNames NONE = new CategoryNames(Map.of(), List.of());

    /** By the category's key ({@link #key}): its name per language code. */
    private final Map<String, Map<String, String>> names;
    private final List<String> languages;

    private CategoryNames(Map<String, Map<String, String>> names, List<String> languages) {
        this.names = names;
        this.languages = languages;
    }

    /** The names in {@code templatesFolder}'s {@value #FILE}; none when there is no such file. */
    public static CategoryNames read(Path templatesFolder) {
        Path file = templatesFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(text(Files.readAllBytes(file)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new TemplateProblem(e, "template.category-names", "templates/" + FILE, e.getMessage());
        }
    }

    static CategoryNames parse(String text) throws IOException {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return NONE;
            }
            List<String> languages = new ArrayList<>();
            CSVRecord header = records.get(0);
            for (int i = 1; i < header.size(); i++) {
                String code = header.get(i).toLowerCase(Locale.ROOT).replace('_', '-');
                languages.add(code.contains("-") ? code.substring(0, code.indexOf('-')) : code);
            }
            Map<String, Map<String, String>> names = new HashMap<>();
            for (CSVRecord row : records.subList(1, records.size())) {
                String category = row.get(0);
                if (category.isEmpty()) {
                    continue;
                }
                Map<String, String> byLanguage = names.computeIfAbsent(key(category), k -> new HashMap<>());
                for (int i = 1; i < row.size() && i <= languages.size(); i++) {
                    if (!row.get(i).isEmpty()) {
                        byLanguage.put(languages.get(i - 1), row.get(i));
                    }
                }
            }
            return new CategoryNames(Map.copyOf(names), List.copyOf(languages));
        }
    }

    /** The file's text: UTF-8 when it is that (a byte order mark dropped), else Windows-1252. */
    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String key(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }

    /** The category's name in {@code language}, else the category as written; null for none. */
    public String name(String category, Locale language) {
        if (category == null) {
            return null;
        }
        String name = names.getOrDefault(key(category), Map.of()).get(language.getLanguage());
        return name != null ? name : category;
    }

    /** Whether the file lists {@code category} at all (upper and lower case do not matter). */
    public boolean lists(String category) {
        return names.containsKey(key(category));
    }

    /** Whether the file names {@code category} in {@code language} (a code, {@code fi}). */
    public boolean names(String category, String language) {
        return names.getOrDefault(key(category), Map.of()).containsKey(language);
    }
}
