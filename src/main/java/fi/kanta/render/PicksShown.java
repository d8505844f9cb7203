package fi.kanta.render;

import java.util.List;
import org.thymeleaf.context.ITemplateContext;

/**
 * What {@code #picks} is in one render's expressions ({@link TemplateExpressions}); public because the
 * expression language calls it by reflection. A template shows the first few of the customer's picks,
 * and the model holds all of them ({@code kanta.picks.per-customer}, 10 by default): iterating over the
 * first few alone, rather than over all with a {@code th:if} on the index, leaves out the rows no one
 * sees before Thymeleaf makes them: more than half of what the picks added to rendering an email (bench/README.md).
 */
public final class PicksShown {

    private final ITemplateContext context;

    PicksShown(ITemplateContext context) {
        this.context = context;
    }

    /** The first {@code count} of {@code picks} (all when there are fewer; none for none), best first. */
    public List<?> first(int count) {
        if (!(context.getVariable("picks") instanceof List<?> picks) || count <= 0) {
            return List.of();
        }
        return picks.size() <= count ? picks : picks.subList(0, count);
    }
}
