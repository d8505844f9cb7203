package fi.kanta.segment;

import fi.kanta.KantaHome;
import fi.kanta.definition.YamlNode;
import fi.kanta.words.DidYouMean;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The named segments in {@code jobs/segments.yml}: each a name with an optional description and
 * one of all/any/none, e.g.
 * <pre>
 * lapsing-valuable:
 *   description: Bought more than once, drifting away, worth keeping
 *   all:
 *     - { field: p_alive, op: between, value: [0.05, 0.6] }
 *     - { field: clv_12m, op: ">=", value: 20 }
 * </pre>
 */
@Component
public class Segments {

    public static final String FILE = "segments.yml";
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Path folder;
    /** The marketer's: the file's mistakes are said in them. */
    private final Words words;

    public Segments(KantaHome home, Words words) {
        this.folder = home.home().resolve("jobs");
        this.words = words;
    }

    /** Every named segment in file order; none when the file does not exist. */
    public List<Segment> all() {
        return List.copyOf(read().values());
    }

    public Segment named(String name) {
        Map<String, Segment> segments = read();
        // said in the reader's language: the console's user's, the command line's marketer's
        return Optional.ofNullable(segments.get(name)).orElseThrow(() -> new SaidError("segment.definition.unknown", name, FILE,
                DidYouMean.nearest(name, segments.keySet()).map(near -> new SaidError.Part("did-you-mean", near)).orElse(SaidError.Part.NONE),
                segments.isEmpty() ? SaidError.Part.NONE : new SaidError.Part("segment.definition.there-are", String.join(", ", segments.keySet()))));
    }

    /**
     * The named segment with its own text: its entry of the file, from its name to the next
     * segment's (comments and all), which read as a file of its own gives the same segment. A run
     * keeps that text, and reads its segment back with {@link #kept}.
     */
    public SegmentDefinition definition(String name) {
        named(name); // the whole file checked, as before: a mistake anywhere in it names file and line
        String text;
        try {
            text = Files.readString(folder.resolve(FILE), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new SaidError(e, "segment.definition.unreadable", FILE, e.getMessage());
        }
        String entry = entry(text, name);
        Segment own = entry == null ? null : read(YamlNode.read(entry, Path.of("jobs", FILE), words)).get(name);
        // a file written in flow style has no entry of its own lines: the whole file is kept
        return own != null ? new SegmentDefinition(own, entry) : new SegmentDefinition(kept(name, text), text);
    }

    /** The segment {@code name} read from text a run kept ({@link #definition}), as the file would be. */
    public Segment kept(String name, String text) {
        Segment segment = read(YamlNode.read(text, Path.of("jobs", FILE), words)).get(name);
        if (segment == null) {
            throw new SaidError("segment.definition.not-kept", name);
        }
        return segment;
    }

    /** The lines of the top-level entry {@code name}: from its key to the next top-level key (or the end). */
    private static String entry(String text, String name) {
        String[] lines = text.split("\\R", -1);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(name) + "\\s*:.*");
        StringBuilder out = null;
        for (String line : lines) {
            if (out == null) {
                if (key.matcher(line).matches()) {
                    out = new StringBuilder(line).append('\n');
                }
            } else if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#') {
                break;
            } else {
                out.append(line).append('\n');
            }
        }
        return out == null ? null : out.toString().stripTrailing() + "\n";
    }

    /** Parses and checks the file (kanta validate); errors name file and line. */
    public Map<String, Segment> read() {
        return read(words);
    }

    /** The same, its mistakes said in {@code said} (the console's user's language). */
    public Map<String, Segment> read(Words said) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return Map.of();
        }
        return read(YamlNode.read(file, Path.of("jobs", FILE), said));
    }

    /** Every segment on its own, so that validate names every mistake in the file at once. */
    private static Map<String, Segment> read(YamlNode given) {
        YamlNode root = given.collectingMistakes();
        Map<String, Segment> segments = new LinkedHashMap<>();
        root.namedEntries().forEach((name, node) -> node.attempt(() -> {
            if (!NAME.matcher(name).matches()) {
                throw node.mistake("segment.definition.name");
            }
            Map<String, YamlNode> map = node.map(allowed());
            String description = YamlNode.optional(map, "description").map(YamlNode::text).orElse("");
            return segments.put(name, new Segment(name, description, FilterReader.group(node, Set.of("description"))));
        }, null));
        root.throwMistakes();
        return segments;
    }

    private static Set<String> allowed() {
        Set<String> keys = new java.util.HashSet<>(FilterReader.GROUP_KEYS);
        keys.add("description");
        return keys;
    }
}
