package fi.kanta.render;

/**
 * A category of the shop's data with no text of its own in one language: its customers get the
 * generic text ({@code fallbackKey}) until a line {@code key=…} is added to {@code file} (under
 * templates/).
 */
public record MissingCategoryText(String campaign, String category, String language, String key, String fallbackKey,
        String file) {
}
