package fi.kanta.lists;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.segment.Segment;
import fi.kanta.segment.Segments;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Mailing lists as the marketer asks for them by name: a segment's members or a run's recipients,
 * with the columns and format chosen, written where asked or under {@code out/}.
 */
@Service
public class ListExports {

    private final ListExport export;
    private final Segments segments;
    private final RunDefinitions runs;
    private final KantaHome home;
    private final ShopSettings shop;

    ListExports(ListExport export, Segments segments, RunDefinitions runs, KantaHome home, ShopSettings shop) {
        this.export = export;
        this.segments = segments;
        this.runs = runs;
        this.home = home;
        this.shop = shop;
    }

    /**
     * How to write the list: the columns (none: the standard set, or a run's campaign's export
     * columns), CSV instead of .xlsx (in the shop's dialect, {@code ShopSettings.csvSeparator()}), CSV with
     * semicolons and decimal commas whatever the shop's language, and where (none: under out/).
     */
    public record Format(List<String> columns, boolean csv, boolean semicolons, Optional<Path> file) {

        String extension() {
            return csv || semicolons ? ".csv" : ".xlsx";
        }

        /** CSV in the shop's dialect unless semicolons are asked for: semicolons where the marketer works in Finnish or Swedish. */
        ListExport.Request request(Supplier<Path> defaultFile, char shopSeparator) {
            return new ListExport.Request(columns, csv || semicolons, semicolons || shopSeparator == ';', file.orElseGet(defaultFile));
        }
    }

    /** The named segment's members; only those Kanta may contact unless {@code everyone}. */
    public ListExport.Written segment(String name, boolean everyone, Format format) {
        Segment segment = segments.named(name);
        LocalDate today = LocalDate.now(shop.timeZone());
        Supplier<Path> file = () -> home.out("exports", "segment-" + segment.name() + "-" + today + format.extension());
        return export.segment(segment, everyone, format.request(file, shop.csvSeparator()), today);
    }

    /** The recipients of a run, written CAMPAIGN/RUN-KEY; only one group or channel when given. */
    public ListExport.Written run(String run, Optional<String> group, Optional<String> channel, Format format) {
        int slash = run.indexOf('/');
        if (slash < 1) {
            throw new SaidError("export.run-written");
        }
        String runKey = run.substring(slash + 1);
        // the definition the run kept: the discounts are its rewards', whatever jobs/ says now
        Campaign campaign = runs.of(run.substring(0, slash), runKey);
        Supplier<Path> file = () -> home.out(campaign.name(), runKey, fileName(group) + channel.map(c -> "-" + c).orElse("")
                + format.extension());
        return export.run(campaign, runKey, group, channel, format.request(file, shop.csvSeparator()));
    }

    /** The control group's own file is named so that no one mails it. */
    private static String fileName(Optional<String> group) {
        if (group.isEmpty()) {
            return "recipients";
        }
        return group.get().equalsIgnoreCase("holdout") ? "control-group-do-not-contact" : "recipients-" + group.get();
    }
}
