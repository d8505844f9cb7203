package fi.kanta.editorial;

/**
 * Why a save was refused, for one field of the form.
 *
 * @param language the language's fieldset, or empty for the whole editorial (a template's check)
 * @param field    title, story, offer, categoryOffers or week; empty for the whole editorial
 * @param text     what is wrong, in the marketer's words
 */
public record EditorialMistake(String language, String field, String text) {
}
