package fi.kanta.campaign;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.customer.importing.ImportSettings;
import fi.kanta.definition.DefinitionError;
import fi.kanta.segment.Segment;
import fi.kanta.segment.Segments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The campaign definitions in {@code jobs/}: every {@code *.yml} except {@code segments.yml}.
 * Read fresh on each call, so an edit is seen by the next command without a restart.
 */
@Component
public class Campaigns {

    /** The export columns a definition may name: the export catalogue's keys. */
    static final Set<String> EXPORT_COLUMNS = ListColumns.keys();

    private final Path folder;
    private final Segments segments;
    private final ImportSettings shop;

    public Campaigns(KantaHome home, Segments segments, ImportSettings shop) {
        this.folder = home.home().resolve("jobs");
        this.segments = segments;
        this.shop = shop;
    }

    /** One campaign by name, checked; a broken file is an error naming file and line. */
    public Campaign named(String name) {
        Path file = folder.resolve(name + ".yml");
        if (!CampaignReader.NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
            throw new UserError("no campaign \"" + name + "\" (no file jobs/" + name + ".yml); there are: "
                    + String.join(", ", names()));
        }
        return reader().read(file, Path.of("jobs", file.getFileName().toString()));
    }

    /**
     * Every definition, each checked: the results (campaign or error) in file-name order. A mistake
     * in segments.yml is reported once, there: a campaign that names one of its segments is checked
     * in everything else (before, every such campaign repeated the segments' error as its own).
     */
    public Map<String, Object> validateAll() {
        Map<String, Object> results = new LinkedHashMap<>();
        Function<String, Segment> named = segments::named;
        try {
            segments.read();
            results.put(Segments.FILE, "ok");
        } catch (DefinitionError e) {
            results.put(Segments.FILE, e);
            named = name -> new Segment(name, "not checked: " + Segments.FILE + " has a mistake", null);
        }
        results.putAll(read(new CampaignReader(named, shop.timeZone(), EXPORT_COLUMNS)));
        return results;
    }

    /** Each campaign file read by the reader: the campaign or its error, in file-name order. */
    private Map<String, Object> read(CampaignReader reader) {
        Map<String, Object> results = new LinkedHashMap<>();
        for (Path file : files()) {
            try {
                results.put(file.getFileName().toString(), reader.read(file, Path.of("jobs", file.getFileName().toString())));
            } catch (DefinitionError e) {
                results.put(file.getFileName().toString(), e);
            }
        }
        return results;
    }

    /** Every campaign that reads without error (its segment included: a run needs it). */
    public List<Campaign> all() {
        List<Campaign> campaigns = new ArrayList<>();
        read(reader()).values().stream().filter(Campaign.class::isInstance).map(Campaign.class::cast).forEach(campaigns::add);
        return campaigns;
    }

    public List<String> names() {
        return files().stream().map(f -> f.getFileName().toString().replaceFirst("\\.yml$", "")).toList();
    }

    private CampaignReader reader() {
        return new CampaignReader(segments::named, shop.timeZone(), EXPORT_COLUMNS);
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().equals(Segments.FILE))
                    .sorted().toList();
        }  catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
