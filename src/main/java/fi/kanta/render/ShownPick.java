package fi.kanta.render;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A pick as an email shows it: the pick's own values (shared by every customer it is picked for, so
 * not copied) and {@code shopLink}, its link for this recipient and place. Read-only, like the picks.
 */
final class ShownPick extends AbstractMap<String, Object> {

    static final String SHOP_LINK = "shopLink";

    private final Map<String, Object> pick;
    private final String shopLink;

    ShownPick(Map<String, Object> pick, String shopLink) {
        this.pick = pick;
        this.shopLink = shopLink;
    }

    @Override
    public Object get(Object key) {
        // the pick's own get for every other key: the template check's picks refuse names they do not have
        return SHOP_LINK.equals(key) ? shopLink : pick.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return SHOP_LINK.equals(key) || pick.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>(pick);
        all.put(SHOP_LINK, shopLink);
        return all.entrySet();
    }
}
