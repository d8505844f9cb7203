package fi.kanta.segment;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.definition.YamlNode;
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

    public Segments(KantaHome home) {
        this.folder = home.home().resolve("jobs");
    }

    /** Every named segment in file order; none when the file does not exist. */
    public List<Segment> all() {
        return List.copyOf(read().values());
    }

    public Segment named(String name) {
        Map<String, Segment> segments = read();
        return Optional.ofNullable(segments.get(name)).orElseThrow(() -> new UserError("no segment named \"" + name
                + "\" in jobs/" + FILE + (segments.isEmpty() ? "" : "; there are: " + String.join(", ", segments.keySet()))));
    }

    /** Parses and checks the file (kanta validate); errors name file and line. */
    public Map<String, Segment> read() {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return Map.of();
        }
        YamlNode root = YamlNode.read(file, Path.of("jobs", FILE));
        Map<String, Segment> segments = new LinkedHashMap<>();
        root.namedEntries().forEach((name, node) -> {
            if (!NAME.matcher(name).matches()) {
                throw node.error("a segment name is lower-case letters, digits and dashes, e.g. lapsing-valuable");
            }
            Map<String, YamlNode> map = node.map(allowed());
            String description = YamlNode.optional(map, "description").map(YamlNode::text).orElse("");
            segments.put(name, new Segment(name, description, FilterReader.group(node, Set.of("description"))));
        });
        return segments;
    }

    private static Set<String> allowed() {
        Set<String> keys = new java.util.HashSet<>(FilterReader.GROUP_KEYS);
        keys.add("description");
        return keys;
    }
}
