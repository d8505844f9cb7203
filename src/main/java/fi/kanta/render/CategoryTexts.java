package fi.kanta.render;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #category}: texts per favourite category, kept in the message files under the shop's own
 * category names. {@code th:text="${#category.text('editorial.offer')}"} is the message
 * {@code editorial.offer.Kengät} for a customer whose favourite category is "Kengät", and
 * {@code editorial.offer} for a customer with none or with a category that has no text.
 */
final class CategoryTexts extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "category";

    private final TemplateMessages messages;

    CategoryTexts(TemplateMessages messages) {
        super("kanta-category-texts");
        this.messages = messages;
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
                return context instanceof ITemplateContext template ? new CategoryLookup(template, messages) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // one per template render: it reads the context's variables when asked
            }
        };
    }
}
