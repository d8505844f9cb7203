package fi.kanta.segment;

import fi.kanta.shop.ShopSettings;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** How many customers the named segments hold today (in the shop's time zone), as the command line and the console ask. */
@Service
public class SegmentCounts {

    private final Segments segments;
    private final SegmentCounter counter;
    private final ShopSettings shop;

    public SegmentCounts(Segments segments, SegmentCounter counter, ShopSettings shop) {
        this.segments = segments;
        this.counter = counter;
        this.shop = shop;
    }

    /** A segment's size, and how long its query took. */
    public record SegmentCount(Segment segment, long members, long queryMillis) {
    }

    /** One named segment's size; an unknown name is a {@link fi.kanta.UserError}. */
    public SegmentCount count(String name) {
        return count(segments.named(name), today());
    }

    /** Every named segment's size, in file order; none when {@code jobs/segments.yml} has none. */
    public List<SegmentCount> countAll() {
        LocalDate today = today();
        return segments.all().stream().map(segment -> count(segment, today)).toList();
    }

    private SegmentCount count(Segment segment, LocalDate today) {
        SegmentCounter.Count count = counter.count(segment.filter(), today);
        return new SegmentCount(segment, count.members(), count.queryMillis());
    }

    private LocalDate today() {
        return LocalDate.now(shop.timeZone());
    }
}
