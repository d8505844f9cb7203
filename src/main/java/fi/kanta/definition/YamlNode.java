package fi.kanta.definition;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import fi.kanta.words.DidYouMean;
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
 * constructed as arbitrary Java objects), and each reader says which keys it allows.
 */
public final class YamlNode {

    private final Path file;
    private final Node node;
    private final String field;
    /** Where this file's mistakes are gathered; null: the first mistake throws (see {@link #collectingMistakes}). */
    private final Mistakes mistakes;

    private YamlNode(Path file, Node node, String field, Mistakes mistakes) {
        this.file = file;
        this.node = node;
        this.field = field;
        this.mistakes = mistakes;
    }

    /**
     * The same node, whose readers gather mistakes instead of stopping at the first: an unknown key
     * is noted and left out, and each part read through {@link #attempt} that fails is noted and
     * replaced; {@link #throwMistakes} then throws them all at once. Nodes below it gather too.
     */
    public YamlNode collectingMistakes() {
        return new YamlNode(file, node, field, new Mistakes());
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

    /** Parses a file; a YAML syntax error names its line. An empty file is an error. */
    public static YamlNode read(Path file, Path shownAs) {
        return read(file, null, shownAs);
    }

    /** Parses text kept from a file (a run keeps its definition's text), shown as that file. */
    public static YamlNode read(String text, Path shownAs) {
        return read(null, text, shownAs);
    }

    private static YamlNode read(Path file, String text, Path shownAs) {
        try (Reader reader = text != null ? new java.io.StringReader(text) : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(5 * 1024 * 1024);
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new DefinitionError(shownAs, 0, "", "the file is empty");
            }
            refuseRepeatedKeys(shownAs, root, "");
            return new YamlNode(shownAs, root, "", null);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new DefinitionError(shownAs, line, "", "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new DefinitionError(shownAs, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A key given twice in one map is a mistake whichever copy was meant: YAML readers differ on
     * which wins (SnakeYAML's node tree keeps both, and the later one won, so {@code holdout: 0.1}
     * then {@code holdout: 0.5} held out half the customers and passed {@code validate}).
     * setAllowDuplicateKeys covers only the objects SnakeYAML constructs, never this tree.
     */
    private static void refuseRepeatedKeys(Path file, Node node, String field) {
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> lines = new java.util.HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue().trim() : null;
                String path = name == null ? field : field.isEmpty() ? name : field + "." + name;
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                Integer first = name == null ? null : lines.putIfAbsent(name, line);
                if (first != null) {
                    throw new DefinitionError(file, line, path, "given twice, on lines " + first + " and " + line
                            + "; keep the one you mean");
                }
                refuseRepeatedKeys(file, tuple.getValueNode(), path);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                refuseRepeatedKeys(file, items.get(i), field + "[" + i + "]");
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

    public DefinitionError error(String problem) {
        return new DefinitionError(file, line(), field, problem);
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
            throw error("expected a map with " + allowedList(allowed) + ", got " + shape());
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode(), field, mistakes);
            String name = key.text();
            String path = field.isEmpty() ? name : field + "." + name;
            if (!allowed.contains(name)) {
                DefinitionError unknown = new DefinitionError(file, key.line(), path, "unknown field"
                        + (allowed instanceof AnySet ? "" : DidYouMean.suffix(name, allowed)) + "; allowed here: " + allowedList(allowed));
                if (mistakes == null) {
                    throw unknown;
                }
                mistakes.add(unknown);
                continue;
            }
            entries.put(name, new YamlNode(file, tuple.getValueNode(), path, mistakes));
        }
        return entries;
    }

    /** A map whose keys are names chosen by the user (e.g. named segments). */
    public Map<String, YamlNode> namedEntries() {
        return map(new AnySet());
    }

    public List<YamlNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list, got " + shape());
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, item, field + "[" + items.size() + "]", mistakes));
        }
        return items;
    }

    /** A scalar as written (numbers and booleans too), never null: an empty value is an error. */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value, got " + shape());
        }
        String value = scalar.getValue();
        if (value.isBlank() || "~".equals(value) || "null".equals(value)) {
            throw error("needs a value");
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
        throw error("expected a whole number from " + min + " to " + max + ", got \"" + text + "\"");
    }

    public BigDecimal decimal() {
        String text = text();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw error("expected a number (a dot for decimals, e.g. 1.20), got \"" + text + "\"");
        }
    }

    public double fraction() {
        BigDecimal value = decimal();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw error("expected a fraction from 0 up to (not including) 1, e.g. 0.1 for 10 %, got " + value.toPlainString());
        }
        return value.doubleValue();
    }

    public boolean bool() {
        String text = text();
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error("expected true or false, got \"" + text + "\"");
        };
    }

    public LocalDate date() {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("expected a date as YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    /** One of the given words, case-insensitive, returned as listed. */
    public String oneOf(List<String> words) {
        String text = text();
        for (String word : words) {
            if (word.equalsIgnoreCase(text)) {
                return word;
            }
        }
        throw error("\"" + text + "\" is not allowed" + DidYouMean.suffix(text, words) + "; allowed: " + String.join(", ", words));
    }

    public static Optional<YamlNode> optional(Map<String, YamlNode> map, String key) {
        return Optional.ofNullable(map.get(key));
    }

    /** The value of a key that must be there, or an error at the map's line. */
    public YamlNode required(Map<String, YamlNode> map, String key) {
        YamlNode value = map.get(key);
        if (value == null) {
            throw error("missing field \"" + key + "\"");
        }
        return value;
    }

    private String shape() {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }

    private static String allowedList(Set<String> allowed) {
        return allowed instanceof AnySet ? "any names" : String.join(", ", new TreeSet<>(allowed));
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
