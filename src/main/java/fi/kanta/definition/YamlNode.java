package fi.kanta.definition;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import fi.kanta.words.DidYouMean;
import fi.kanta.words.Words;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One value in a definition file, with its line, so every mistake can be reported as
 * {@code file:line: field: problem}. Definitions are read from SnakeYAML's node tree (never
 * constructed as arbitrary Java objects), and each reader says which keys it allows. The problem is
 * said in the marketer's words (the {@link Words} the file was read with; the field and the values
 * quoted from the file stay as written there).
 */
public final class YamlNode {

    private final Path file;
    private final Node node;
    private final String field;
    /** Where this file's mistakes are gathered; null: the first mistake throws (see {@link #collectingMistakes}). */
    private final Mistakes mistakes;
    private final Words words;

    private YamlNode(Path file, Node node, String field, Mistakes mistakes, Words words) {
        this.file = file;
        this.node = node;
        this.field = field;
        this.mistakes = mistakes;
        this.words = words;
    }

    /**
     * The same node, whose readers gather mistakes instead of stopping at the first: an unknown key
     * is noted and left out, and each part read through {@link #attempt} that fails is noted and
     * replaced; {@link #throwMistakes} then throws them all at once. Nodes below it gather too.
     */
    public YamlNode collectingMistakes() {
        return new YamlNode(file, node, field, new Mistakes(), words);
    }

    /**
     * Reads one part of the file; when it is wrong and this node gathers mistakes, notes the mistake
     * and gives {@code instead}, so that the next part is checked too (else the mistake is thrown).
     */
    public <T> T attempt(java.util.function.Supplier<T> part, T instead) {
        if (mistakes == null) {
            return part.get();
        }
        try {
            return part.get();
        } catch (DefinitionError e) {
            mistakes.add(e);
            return instead;
        }
    }

    /** Throws the mistakes gathered so far (one, or {@link DefinitionErrors} for several), if any. */
    public void throwMistakes() {
        if (mistakes != null) {
            mistakes.throwIfAny();
        }
    }

    /** Parses a file; a YAML syntax error names its line. An empty file is an error. Mistakes are said in English. */
    public static YamlNode read(Path file, Path shownAs) {
        return read(file, shownAs, ENGLISH);
    }

    /** Parses a file, its mistakes said in {@code words}' language. */
    public static YamlNode read(Path file, Path shownAs, Words words) {
        return read(file, null, shownAs, words);
    }

    /** Parses text kept from a file (a run keeps its definition's text), shown as that file. */
    public static YamlNode read(String text, Path shownAs) {
        return read(text, shownAs, ENGLISH);
    }

    /** Parses text kept from a file, its mistakes said in {@code words}' language. */
    public static YamlNode read(String text, Path shownAs, Words words) {
        return read(null, text, shownAs, words);
    }

    /** Words for code that has no marketer (tests, tools): the texts only, so any zone does. */
    private static final Words ENGLISH = Words.english(java.time.ZoneOffset.UTC);

    private static YamlNode read(Path file, String text, Path shownAs, Words words) {
        try (Reader reader = text != null ? new java.io.StringReader(text) : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(5 * 1024 * 1024);
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new DefinitionError(shownAs, 0, "", words.text("definition.empty"));
            }
            refuseRepeatedKeys(shownAs, root, "", words);
            return new YamlNode(shownAs, root, "", null, words);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            // SnakeYAML's own words for the problem come after ours
            throw new DefinitionError(shownAs, line, "", words.text("definition.not-yaml", e.getProblem()));
        } catch (IOException e) {
            throw new DefinitionError(shownAs, 0, "", words.text("definition.unreadable", e.getMessage()));
        }
    }

    /**
     * A key given twice in one map is a mistake whichever copy was meant: YAML readers differ on
     * which wins (SnakeYAML's node tree keeps both, and the later one won, so {@code holdout: 0.1}
     * then {@code holdout: 0.5} held out half the customers and passed {@code validate}).
     * setAllowDuplicateKeys covers only the objects SnakeYAML constructs, never this tree.
     */
    private static void refuseRepeatedKeys(Path file, Node node, String field, Words words) {
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> lines = new java.util.HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue().trim() : null;
                String path = name == null ? field : field.isEmpty() ? name : field + "." + name;
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                Integer first = name == null ? null : lines.putIfAbsent(name, line);
                if (first != null) {
                    throw new DefinitionError(file, line, path, words.text("definition.twice", first, line));
                }
                refuseRepeatedKeys(file, tuple.getValueNode(), path, words);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                refuseRepeatedKeys(file, items.get(i), field + "[" + i + "]", words);
            }
        }
    }

    public Path file() {
        return file;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** Where this value sits in the file, e.g. {@code channels[0].template}. */
    public String field() {
        return field;
    }

    /** A mistake at this value whose problem is already written (a message from elsewhere). */
    public DefinitionError error(String problem) {
        return new DefinitionError(file, line(), field, problem);
    }

    /** A mistake at this value, the problem being the text {@code key} (console/messages) in the marketer's words. */
    public DefinitionError mistake(String key, Object... args) {
        return error(words.text(key, args));
    }

    /** The words this file's mistakes are said in. */
    public Words words() {
        return words;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The keys and values of a map, in file order; only {@code allowed} keys may appear. */
    public Map<String, YamlNode> map(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw mistake("definition.expected-map", allowedList(allowed), shape());
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode(), field, mistakes, words);
            String name = key.text();
            String path = field.isEmpty() ? name : field + "." + name;
            if (!allowed.contains(name)) {
                DefinitionError unknown = new DefinitionError(file, key.line(), path, words.text("definition.unknown-field",
                        allowed instanceof AnySet ? "" : DidYouMean.suffix(name, allowed, words), allowedList(allowed)));
                if (mistakes == null) {
                    throw unknown;
                }
                mistakes.add(unknown);
                continue;
            }
            entries.put(name, new YamlNode(file, tuple.getValueNode(), path, mistakes, words));
        }
        return entries;
    }

    /** A map whose keys are names chosen by the user (e.g. named segments). */
    public Map<String, YamlNode> namedEntries() {
        return map(new AnySet());
    }

    public List<YamlNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw mistake("definition.expected-list", shape());
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, item, field + "[" + items.size() + "]", mistakes, words));
        }
        return items;
    }

    /** A scalar as written (numbers and booleans too), never null: an empty value is an error. */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw mistake("definition.expected-value", shape());
        }
        String value = scalar.getValue();
        if (value.isBlank() || "~".equals(value) || "null".equals(value)) {
            throw mistake("definition.needs-value");
        }
        return value.trim();
    }

    public int integer(int min, int max) {
        String text = text();
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        // the bounds as written in the file (no grouping): 100000000, not 100 000 000
        throw mistake("definition.expected-whole-number", String.valueOf(min), String.valueOf(max), text);
    }

    public BigDecimal decimal() {
        String text = text();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw mistake("definition.expected-number", text);
        }
    }

    public double fraction() {
        BigDecimal value = decimal();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw mistake("definition.expected-fraction", value.toPlainString());
        }
        return value.doubleValue();
    }

    public boolean bool() {
        String text = text();
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw mistake("definition.expected-boolean", text);
        };
    }

    public LocalDate date() {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw mistake("definition.expected-date", text);
        }
    }

    /** One of the given words, case-insensitive, returned as listed. */
    public String oneOf(List<String> allowed) {
        String text = text();
        for (String word : allowed) {
            if (word.equalsIgnoreCase(text)) {
                return word;
            }
        }
        throw mistake("definition.not-allowed", text, DidYouMean.suffix(text, allowed, this.words), String.join(", ", allowed));
    }

    public static Optional<YamlNode> optional(Map<String, YamlNode> map, String key) {
        return Optional.ofNullable(map.get(key));
    }

    /** The value of a key that must be there, or an error at the map's line. */
    public YamlNode required(Map<String, YamlNode> map, String key) {
        YamlNode value = map.get(key);
        if (value == null) {
            throw mistake("definition.missing-field", key);
        }
        return value;
    }

    private String shape() {
        if (node instanceof MappingNode) {
            return words.text("definition.shape.map");
        }
        if (node instanceof SequenceNode) {
            return words.text("definition.shape.list");
        }
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }

    private String allowedList(Set<String> allowed) {
        return allowed instanceof AnySet ? words.text("definition.any-names") : String.join(", ", new TreeSet<>(allowed));
    }

    /** Allows every key: for maps whose keys are the user's own names. */
    private static final class AnySet extends java.util.AbstractSet<String> {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
