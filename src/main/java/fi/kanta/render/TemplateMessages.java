package fi.kanta.render;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The {@code #{...}} messages, from {@link MessageFiles}, with their named placeholders filled from
 * the recipient's model ({@link Placeholders}); and the per-category texts of {@link TemplateExpressions}.
 * A message called with parameters, {@code #{winback.greeting(${customer.firstName})}}, and written
 * with numbered ones, {@code Hei {0},}, is the older form: still a {@code java.text.MessageFormat}
 * pattern, so that a home's templates from before named placeholders render as they did.
 */
final class TemplateMessages implements IMessageResolver {

    private final MessageFiles files;
    private final CategoryNames categoryNames;
    /** The campaign whose templates these messages serve: its folder's message files come before the shared ones. */
    private final String campaign;
    /** The per-category prefixes the templates asked for, e.g. {@code editorial.offer}; known after the check. */
    private final Set<String> categoryPrefixes = ConcurrentHashMap.newKeySet();
    /** The per-reward prefixes the templates asked for, e.g. {@code winback.offer}; known after the check. */
    private final Set<String> rewardPrefixes = ConcurrentHashMap.newKeySet();

    TemplateMessages(MessageFiles files, CategoryNames categoryNames, String campaign) {
        this.files = files;
        this.categoryNames = categoryNames;
        this.campaign = campaign;
    }

    @Override
    public String getName() {
        return "kanta-templates";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Optional<MessageFiles.Message> message = files.find(campaign, context.getLocale(), key);
        if (message.isEmpty()) {
            return null;
        }
        String text = message.get().text();
        if (parameters != null && parameters.length > 0 && !Placeholders.named(text)) {
            return new MessageFormat(text, context.getLocale()).format(parameters);
        }
        return fill(context, message.get());
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        throw new UnrenderableMessage(absent("template.message.absent", key, campaign, context.getLocale()));
    }

    /**
     * The text for the recipient's favourite category under {@code prefix}: {@code prefix.<category>},
     * else {@code prefix} itself.
     */
    String categoryText(ITemplateContext context, String prefix) {
        categoryPrefixes.add(prefix);
        return textFor(context, prefix, favouriteCategory(context), "template.message.absent-category");
    }

    /**
     * The text of the recipient's reward under {@code prefix}: {@code prefix.<category>} for a reward
     * chosen by a category that has a line of its own, else {@code prefix} itself (the default reward,
     * and a category without a line). Keyed like {@link #categoryText}, by the reward's category
     * ({@code offer.rewardCategory}) instead of the favourite one.
     */
    String rewardText(ITemplateContext context, String prefix) {
        rewardPrefixes.add(prefix);
        return textFor(context, prefix, offerValue(context, "rewardCategory"), "template.message.absent-reward");
    }

    /**
     * {@code prefix.<category>}, else {@code prefix}. In the template check, every text under the
     * prefix is filled too, so that a mistake in one is found before any customer of that category is written to.
     */
    private String textFor(ITemplateContext context, String prefix, Object category, String absentText) {
        Locale language = context.getLocale();
        if (StrictModel.isProbe(context)) {
            files.categoryMessages(campaign, language, prefix).forEach(message -> fill(context, message));
        }
        Optional<MessageFiles.Message> message = category == null ? Optional.empty()
                : files.findCategory(campaign, language, prefix, category.toString());
        return fill(context, message.or(() -> files.find(campaign, language, prefix))
                .orElseThrow(() -> new UnrenderableMessage(absent(absentText, prefix, campaign, language))));
    }

    private static Object favouriteCategory(ITemplateContext context) {
        return offerValue(context, "favouriteCategory");
    }

    private static Object offerValue(ITemplateContext context, String key) {
        return context.getVariable("offer") instanceof Map<?, ?> offer ? offer.get(key) : null;
    }

    /** The category the recipient's reward was chosen by, in their language; null for the default reward. */
    String rewardCategoryName(ITemplateContext context) {
        Object category = offerValue(context, "rewardCategory");
        return category == null ? null : categoryName(context, category.toString());
    }

    /** The recipient's favourite category in their language, null for none. */
    String favouriteCategoryName(ITemplateContext context) {
        Object category = favouriteCategory(context);
        return category == null ? null : categoryName(context, category.toString());
    }

    String categoryName(ITemplateContext context, String category) {
        return categoryNames.name(category, context.getLocale());
    }

    /**
     * The model's variables for a message's placeholders: {@code {favouriteCategory}} (and
     * {@code {rewardCategory}}) is the category's name in the recipient's language (the data's own name is for segments and texts' keys).
     */
    private Object variable(ITemplateContext context, String name) {
        Object value = context.getVariable(name);
        if ("offer".equals(name) && value instanceof Map<?, ?> offer
                && (offer.get("favouriteCategory") != null || offer.get("rewardCategory") != null)) {
            Map<Object, Object> named = new java.util.LinkedHashMap<>(offer);
            for (String category : List.of("favouriteCategory", "rewardCategory")) {
                if (offer.get(category) != null) {
                    named.put(category, categoryName(context, offer.get(category).toString()));
                }
            }
            return named;
        }
        return value;
    }

    Set<String> categoryPrefixes() {
        return Set.copyOf(categoryPrefixes);
    }

    Set<String> rewardPrefixes() {
        return Set.copyOf(rewardPrefixes);
    }

    private String fill(ITemplateContext context, MessageFiles.Message message) {
        Locale language = context.getLocale();
        try {
            String dateFormat = message.text().indexOf('{') < 0 ? "" : files.find(campaign, language, "date.format")
                    .map(MessageFiles.Message::text).orElse("d.M.yyyy");
            return Placeholders.fill(message.text(), name -> variable(context, name), language, dateFormat);
        } catch (Placeholders.Mistake e) {
            throw new UnrenderableMessage(new Reason("template.message.mistake", message.key(), message.file(), e.reason()));
        }
    }

    /** {@code no message 'key' in win-back/messages_sv.properties or messages_sv.properties}, as {@code text} says it. */
    private static Reason absent(String text, String key, String campaign, Locale language) {
        return new Reason(text, key, MessageFiles.campaignFile(campaign, language), MessageFiles.sharedFile(language));
    }
}
