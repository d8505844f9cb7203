package fi.kanta.campaign;

import fi.kanta.KantaHome;
import fi.kanta.definition.DefinitionError;
import fi.kanta.export.StandardColumn;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentDefinition;
import fi.kanta.segment.Segments;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The campaign definitions in {@code jobs/}: every {@code *.yml} except {@code segments.yml}.
 * Read fresh on each call, so an edit is seen by the next command without a restart; a run reads
 * the definition it keeps instead ({@link RunDefinitions}).
 */
@Component
public class Campaigns {

    /** The export columns a definition may name: the export catalogue's keys. */
    static final Set<String> EXPORT_COLUMNS = Arrays.stream(StandardColumn.values()).map(StandardColumn::key)
            .collect(Collectors.toCollection(TreeSet::new));

    private final Path folder;
    private final Segments segments;
    private final ShopSettings shop;

    public Campaigns(KantaHome home, Segments segments, ShopSettings shop) {
        this.folder = home.home().resolve("jobs");
        this.segments = segments;
        this.shop = shop;
    }

    /** One campaign by name, checked; a broken file is an error naming file and line. */
    public Campaign named(String name) {
        Path file = file(name);
        return reader().read(file, Path.of("jobs", file.getFileName().toString()));
    }

    private Path file(String name) {
        Path file = folder.resolve(name + ".yml");
        if (!CampaignReader.NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
            List<String> names = names();
            // said in the reader's language: the console's user's, the command line's marketer's
            throw new SaidError("campaign.unknown", name, names.isEmpty() ? new SaidError.Part("campaign.none-yet", folder)
                    : new SaidError.Part("campaign.there-are", String.join(", ", names)));
        }
        return file;
    }

    /**
     * One campaign by name with the text it was read from (read once), its hash and its segment's
     * text: what a run keeps at its launch.
     */
    public CampaignDefinition definition(String name) {
        Path file = file(name);
        Path shown = Path.of("jobs", file.getFileName().toString());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DefinitionError(shown, 0, "", words().text("definition.unreadable", e.getMessage()));
        }
        AtomicReference<SegmentDefinition> named = new AtomicReference<>();
        Campaign campaign = reader(segment -> {
            SegmentDefinition used = segments.definition(segment);
            named.set(used);
            return used.segment();
        }, words()).read(text, shown);
        return new CampaignDefinition(campaign, text, CampaignDefinition.sha256(text), campaign.segment().name(),
                Optional.ofNullable(named.get()).map(SegmentDefinition::text));
    }

    /**
     * A definition kept with a run, read back through the same reader: the same campaign as at the
     * launch, whatever {@code jobs/} holds now. (The shop's settings are not part of a definition:
     * a campaign without a time zone of its own takes the shop's as it is now.)
     */
    public CampaignDefinition kept(String name, String text, String segment, Optional<String> segmentText) {
        Path shown = Path.of("jobs", name + ".yml");
        Campaign campaign = reader(named -> segments.kept(named, segmentText.orElseThrow(() -> new SaidError(
                "campaign.segment-not-kept", named))), words()).read(text, shown);
        return new CampaignDefinition(campaign, text, CampaignDefinition.sha256(text), segment, segmentText);
    }

    /** The text of {@code jobs/<name>.yml} now; empty when the file is gone or unreadable. */
    public Optional<String> currentText(String name) {
        Path file = folder.resolve(name + ".yml");
        try {
            return CampaignReader.NAME.matcher(name).matches() && Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Every definition, each checked: the segments file first, then the campaigns in file-name
     * order. A mistake in segments.yml is reported once, there: a campaign that names one of its
     * segments is checked in everything else.
     */
    public List<CheckedDefinition> readAll() {
        return readAll(words());
    }

    /** The same, the mistakes said in {@code said} (the console's user's language). */
    public List<CheckedDefinition> readAll(Words said) {
        List<CheckedDefinition> results = new ArrayList<>();
        Function<String, Segment> named = segments::named;
        try {
            segments.read(said);
            results.add(CheckedDefinition.valid(Segments.FILE));
        } catch (DefinitionError e) {
            results.add(CheckedDefinition.invalid(Segments.FILE, e.getMessage()));
            String notChecked = said.text("campaign.segment.not-checked", Segments.FILE);
            named = name -> new Segment(name, notChecked, null);
        }
        results.addAll(read(reader(named, said)));
        return results;
    }

    /** Each campaign file read by the reader: the campaign or its error, in file-name order. */
    private List<CheckedDefinition> read(CampaignReader reader) {
        List<CheckedDefinition> results = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            try {
                results.add(CheckedDefinition.of(name, reader.read(file, Path.of("jobs", name))));
            } catch (DefinitionError e) {
                results.add(CheckedDefinition.invalid(name, e.getMessage()));
            }
        }
        return results;
    }

    /** Every campaign that reads without error (its segment included: a run needs it). */
    public List<Campaign> all() {
        return read(reader()).stream().flatMap(definition -> definition.campaign().stream()).toList();
    }

    /** The refusal in a home with no campaigns: where they go and how to get the shipped ones. */
    public SaidError noneYet() {
        return new SaidError("campaign.none-yet", folder);
    }

    public List<String> names() {
        return files().stream().map(f -> f.getFileName().toString().replaceFirst("\\.yml$", "")).toList();
    }

    private CampaignReader reader() {
        return reader(segments::named, words());
    }

    private CampaignReader reader(Function<String, Segment> namedSegments, Words said) {
        return new CampaignReader(namedSegments, shop.timeZone(), EXPORT_COLUMNS, said);
    }

    /** The marketer's words, from the shop's settings as they are now. */
    private Words words() {
        return new Words(shop);
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
