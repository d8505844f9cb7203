package fi.kanta.render;

import org.thymeleaf.context.ITemplateContext;

/**
 * What {@code #category} is in one render's expressions ({@link TemplateExpressions}); public because the
 * expression language calls it by reflection.
 */
public final class CategoryLookup {

    private final ITemplateContext context;
    private final TemplateMessages messages;

    CategoryLookup(ITemplateContext context, TemplateMessages messages) {
        this.context = context;
        this.messages = messages;
    }

    /** The recipient's favourite category in the recipient's language ({@code templates/categories.csv}); null for none. */
    public String name() {
        return messages.favouriteCategoryName(context);
    }

    /** Any category, as the shop's data writes it, in the recipient's language. */
    public String name(String category) {
        return messages.categoryName(context, category);
    }

    /** The category the recipient's reward was chosen by ({@code offer.rewardCategory}) in their language; null for the default reward. */
    public String rewardName() {
        return messages.rewardCategoryName(context);
    }

    /**
     * The recipient's text under {@code prefix} for their reward: {@code prefix.<category>} for a reward
     * chosen by that category, else {@code prefix}; placeholders filled.
     */
    public String rewardText(String prefix) {
        return messages.rewardText(context, prefix);
    }

    /** The recipient's text under {@code prefix} for their favourite category, placeholders filled. */
    public String text(String prefix) {
        return messages.categoryText(context, prefix);
    }
}
