package fi.kanta.render;

/**
 * A category of the shop's data that {@code templates/categories.csv} does not name in a language the
 * shop writes in: its customers read the category as the data writes it.
 */
public record MissingCategoryName(String category, String language) {
}
