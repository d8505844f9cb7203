package fi.kanta.editorial;

/**
 * The editorial's texts in one language, as the marketer writes them; the renderer reads them as
 * message lines ({@code templates/README.md}, "Texts"), so they may name the reader's values by
 * placeholder ({@code {firstName}}) and are printed as text, never as markup.
 *
 * @param language       fi, sv, en: one of the shop's languages
 * @param title          the story's title, also the email's subject ({@code editorial.story.title})
 * @param story          the story's text ({@code editorial.story.text})
 * @param offer          the offer for a reader with no category text of their own ({@code editorial.offer})
 * @param categoryOffers the offers per favourite category, one a line: {@code Shoes = 15 % off winter boots.}
 *                       ({@code editorial.offer.<category>})
 */
public record EditorialText(String language, String title, String story, String offer, String categoryOffers) {

    public EditorialText {
        title = title == null ? "" : title;
        story = story == null ? "" : story;
        offer = offer == null ? "" : offer;
        categoryOffers = categoryOffers == null ? "" : categoryOffers;
    }
}
