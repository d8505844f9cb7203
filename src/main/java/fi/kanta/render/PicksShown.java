package fi.kanta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thymeleaf.context.ITemplateContext;

/**
 * What {@code #picks} is in one render's expressions ({@link TemplateExpressions}); public because the
 * expression language calls it by reflection. A template shows the first few of the customer's picks,
 * and the model holds all of them ({@code kanta.picks.per-customer}, 10 by default): iterating over the
 * first few alone, rather than over all with a {@code th:if} on the index, leaves out the rows no one
 * sees before Thymeleaf makes them: more than half of what the picks added to rendering an email (bench/README.md).
 * Each pick shown comes with its link to the shop made here ({@link ShownPick}), so a row evaluates a
 * variable where it would call {@code #shop.link}: a method call is the dearest expression a row has.
 */
public final class PicksShown {

    private final ITemplateContext context;
    private final ShopLink shop;

    PicksShown(ITemplateContext context, ShopLink shop) {
        this.context = context;
        this.shop = shop;
    }

    /**
     * The first {@code count} of {@code picks} (all when there are fewer; none for none), best first, each
     * with its {@code shopLink}: the pick's page through {@code #shop.link} tagged with its place
     * ({@code pick-1}, {@code pick-2}, ...).
     */
    public List<Map<String, Object>> first(int count) {
        if (!(context.getVariable("picks") instanceof List<?> picks) || count <= 0) {
            return List.of();
        }
        List<Map<String, Object>> shown = new ArrayList<>(Math.min(count, picks.size()));
        for (Object pick : picks) {
            if (shown.size() == count) {
                break;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) pick;
            String link = values.get("link") instanceof String url ? url : null;
            shown.add(new ShownPick(values, shop.link(link, "pick-" + (shown.size() + 1))));
        }
        return shown;
    }
}
