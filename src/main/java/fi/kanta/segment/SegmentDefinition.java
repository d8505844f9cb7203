package fi.kanta.segment;

/** A named segment and its own text in {@code jobs/segments.yml} (what a run keeps of it). */
public record SegmentDefinition(Segment segment, String text) {
}
