package fi.kanta.segment;

/** A named, reusable segment from {@code jobs/segments.yml}, or a campaign's inline one (named after it). */
public record Segment(String name, String description, Filter filter) {
}
