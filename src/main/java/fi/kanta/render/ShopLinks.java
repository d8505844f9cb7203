package fi.kanta.render;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #shop}: links to the web shop that tell the shop's own analytics which campaign brought
 * the visit. {@code th:href="${#shop.link('button')}"} is the shop's address ({@code brand.shopUrl})
 * and {@code ${#shop.link(url, 'pick-1')}} any other address of the shop, each with
 * {@code utm_source=kanta}, {@code utm_medium=email}, {@code utm_campaign=<campaign>} and
 * {@code utm_content=<the link's name>}.
 */
final class ShopLinks extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "shop";

    ShopLinks() {
        super("kanta-shop-links");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return context instanceof ITemplateContext template ? new ShopLink(shopUrl(template), campaign(template)) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // one per template render
            }
        };
    }

    private static String shopUrl(ITemplateContext context) {
        return context.getVariable("brand") instanceof Map<?, ?> brand && brand.get("shopUrl") != null
                ? brand.get("shopUrl").toString() : "";
    }

    private static String campaign(ITemplateContext context) {
        return context.getVariable("campaign") instanceof Map<?, ?> campaign && campaign.get("name") != null
                ? campaign.get("name").toString() : "";
    }
}
