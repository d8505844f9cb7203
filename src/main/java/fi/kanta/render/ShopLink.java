package fi.kanta.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What {@code #shop} is in one render's expressions ({@link TemplateExpressions}); public because the
 * expression language calls it by reflection.
 */
public final class ShopLink {

    private final String shopUrl;
    private final String campaign;
    private final LinkTracking tracking;

    ShopLink(String shopUrl, String campaign, LinkTracking tracking) {
        this.shopUrl = shopUrl;
        this.campaign = campaign;
        this.tracking = tracking;
    }

    ShopLink(String shopUrl, String campaign) {
        this(shopUrl, campaign, null);
    }

    /** The web shop's own address with the campaign's UTM parameters; empty when the shop has no address set. */
    public String link(String content) {
        return link(shopUrl, content);
    }

    /**
     * {@code url} with the campaign's UTM parameters (after any query it has, before any #fragment);
     * when the shop counts clicks of this recipient, the counted link that leads there ({@link LinkTracking}).
     */
    public String link(String url, String content) {
        if (url == null || url.isBlank()) {
            return "";
        }
        int hash = url.indexOf('#');
        String address = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String target = address + (address.contains("?") ? "&" : "?") + "utm_source=kanta&utm_medium=email&utm_campaign="
                + encoded(campaign) + "&utm_content=" + encoded(content) + fragment;
        return tracking == null ? target : tracking.link(target, content == null || content.isBlank() ? "link" : content);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
