package fi.kanta.segment;

import fi.kanta.shop.ShopSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named segments' sizes as last counted, kept in {@code segment_size} with a hash of the text
 * each was counted by: the scoring counts every segment after its snapshot (the scores are what most
 * segments ask for), the console's segment page shows the kept size while the segment's text in
 * {@code jobs/segments.yml} is unchanged and counts afresh when asked. A kept size is as of its time:
 * purchases imported since, or a day passing for a segment that counts days, are not in it.
 */
@Service
public class SegmentSizes {

    private final Segments segments;
    private final SegmentCounter counter;
    private final ShopSettings shop;
    private final JdbcTemplate jdbc;

    public SegmentSizes(Segments segments, SegmentCounter counter, ShopSettings shop, JdbcTemplate jdbc) {
        this.segments = segments;
        this.counter = counter;
        this.shop = shop;
        this.jdbc = jdbc;
    }

    /** A segment's size, how long counting it took and when it was counted (shop time). */
    public record Size(long members, long queryMillis, LocalDateTime countedAt) {
    }

    /** Counts every named segment now and keeps the sizes; returns how many were counted. */
    public int keepAll() {
        List<Segment> all = segments.all();
        for (Segment segment : all) {
            count(segment.name());
        }
        return all.size();
    }

    /** The kept size, when the segment's text is still the one it was counted by. */
    public Optional<Size> kept(String name) {
        String hash = hash(segments.definition(name).text());
        return jdbc.query("SELECT members, query_millis, counted_at FROM segment_size WHERE segment = ? AND definition_hash = ?",
                (row, n) -> new Size(row.getLong(1), row.getLong(2), row.getTimestamp(3).toLocalDateTime()), name, hash)
                .stream().findFirst();
    }

    /**
     * Every named segment in file order with its kept size, empty for one never counted or whose text
     * changed since: one read of segment_size, nothing counted (the console's segments list).
     */
    public List<Kept> keptAll() {
        java.util.Map<String, Object[]> rows = new java.util.HashMap<>();
        jdbc.query("SELECT segment, definition_hash, members, query_millis, counted_at FROM segment_size", row -> {
            rows.put(row.getString(1), new Object[] {row.getString(2),
                new Size(row.getLong(3), row.getLong(4), row.getTimestamp(5).toLocalDateTime())});
        });
        return segments.all().stream().map(segment -> {
            Object[] row = rows.get(segment.name());
            boolean same = row != null && row[0].equals(hash(segments.definition(segment.name()).text()));
            return new Kept(segment, same ? Optional.of((Size) row[1]) : Optional.empty());
        }).toList();
    }

    /** A named segment and its kept size, if its text is the one counted. */
    public record Kept(Segment segment, Optional<Size> size) {
    }

    /** Counts the segment now (an unknown name is a {@link fi.kanta.UserError}) and keeps its size. */
    @Transactional
    public Size count(String name) {
        SegmentDefinition definition = segments.definition(name);
        LocalDateTime now = LocalDateTime.now(shop.timeZone()).withNano(0);
        SegmentCounter.Count count = counter.count(definition.segment().filter(), LocalDate.from(now));
        jdbc.update("DELETE FROM segment_size WHERE segment = ?", name);
        jdbc.update("INSERT INTO segment_size (segment, definition_hash, members, query_millis, counted_at) VALUES (?, ?, ?, ?, ?)",
                name, hash(definition.text()), count.members(), count.queryMillis(), Timestamp.valueOf(now));
        return new Size(count.members(), count.queryMillis(), now);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
