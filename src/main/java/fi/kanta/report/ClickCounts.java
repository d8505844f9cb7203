package fi.kanta.report;

import java.util.List;

/**
 * A run's clicks on counted links (docs/architecture.md "Clicks"), the first click of each link of a
 * message: {@code messages} with at least one reader's click, {@code clicks} by readers, per link
 * (most clicked first), and {@code suspect} clicks left out as a mail scanner's. All zero when the
 * shop does not count clicks.
 */
public record ClickCounts(long messages, long clicks, long suspect, List<LinkClicks> links) {

    public static final ClickCounts NONE = new ClickCounts(0, 0, 0, List.of());

    /** Whether there is anything to show. */
    public boolean any() {
        return clicks > 0 || suspect > 0;
    }

    /** One link of the run's message by its name ({@code #shop.link}'s utm_content) and its readers' clicks. */
    public record LinkClicks(String link, long clicks) {
    }
}
