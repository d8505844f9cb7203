package fi.kanta.render;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Kanta's own expression objects in campaign templates, each made once per render from the
 * recipient's variables:
 * <ul>
 *   <li>{@code #category}: texts per favourite category, kept in the message files under the shop's
 *   own category names. {@code th:text="${#category.text('editorial.offer')}"} is the message
 *   {@code editorial.offer.Kengät} for a customer whose favourite category is "Kengät", and
 *   {@code editorial.offer} for a customer with none or with a category that has no text;
 *   {@code ${#category.rewardText('winback.offer')}} is the same by the category the recipient's reward was
 *   chosen by ({@link CategoryLookup});</li>
 *   <li>{@code #shop}: links to the web shop with the campaign's UTM parameters
 *   ({@code th:href="${#shop.link('button')}"}, {@code ${#shop.link(url, 'pick-1')}}; {@link ShopLink}), counted
 *   links when the render carries a {@link LinkTracking};</li>
 *   <li>{@code #picks}: the first few of the customer's picks, {@code th:each="pick : ${#picks.first(3)}"}, each
 *   with its link through {@code #shop} ({@code ${pick.shopLink}}; {@link PicksShown}).</li>
 * </ul>
 */
final class TemplateExpressions extends AbstractDialect implements IExpressionObjectDialect {

    private static final String CATEGORY = "category";
    private static final String SHOP = "shop";
    private static final String PICKS = "picks";
    /** Asked for at every use of an expression object, so made once. */
    private static final Set<String> NAMES = Set.of(CATEGORY, SHOP, PICKS);

    private final TemplateMessages messages;

    TemplateExpressions(TemplateMessages messages) {
        super("kanta-template-expressions");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return NAMES;
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                if (!(context instanceof ITemplateContext template)) {
                    return null;
                }
                return switch (expressionObjectName) {
                    case CATEGORY -> new CategoryLookup(template, messages);
                    case PICKS -> new PicksShown(template, shopLink(template));
                    default -> shopLink(template);
                };
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // one per template render: it reads the context's variables when asked
            }
        };
    }

    private static ShopLink shopLink(ITemplateContext template) {
        return new ShopLink(text(template, "brand", "shopUrl"), text(template, "campaign", "name"), tracking(template));
    }

    /** The recipient's counted links, when the render was given them (emails of a run, clicks counted). */
    private static LinkTracking tracking(ITemplateContext context) {
        return context.containsVariable(LinkTracking.VARIABLE) && context.getVariable(LinkTracking.VARIABLE) instanceof LinkTracking tracking
                ? tracking : null;
    }

    private static String text(ITemplateContext context, String variable, String key) {
        return context.getVariable(variable) instanceof Map<?, ?> map && map.get(key) != null ? map.get(key).toString() : "";
    }
}
