package fi.kanta.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's look ({@code kanta.brand.*} in the home's {@code kanta.properties}): the logo at the
 * top of every email, the colour of headings and buttons, and the shop's social links in the
 * footer. Given to templates as {@code brand}, with the web shop's address ({@code kanta.shop.url}).
 * The colour goes into style attributes, so only a hex colour is accepted; the logo and social
 * links must be https, as mail programs load nothing else without a warning. Letters and the public
 * pages of {@code kanta serve} wear the colour and the logo too (the logo fetched by Kanta,
 * {@link ShopImages}, and the pages' colour a style sheet of it, {@code /web/brand.css}).
 */
@ConfigurationProperties("kanta.brand")
public record Brand(
        @DefaultValue("") String logo,
        @DefaultValue("160") int logoWidth,
        @DefaultValue("48") int logoHeight,
        @DefaultValue("#7a3e1d") String color,
        Map<String, String> social) {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Brand {
        if (!HEX_COLOUR.matcher(color).matches()) {
            throw new RenderProblem(new Reason("brand.color", color));
        }
        if (!logo.isBlank()) {
            https("kanta.brand.logo", logo);
        }
        if (logoWidth < 1 || logoWidth > 600 || logoHeight < 1 || logoHeight > 300) {
            throw new RenderProblem(new Reason("brand.logo-size", logoWidth, logoHeight));
        }
        social = social == null ? Map.of() : new LinkedHashMap<>(social);
        social.forEach((name, url) -> https("kanta.brand.social." + name, url));
    }

    /** The demo's look, for tests and tools that have no settings. */
    public static Brand plain() {
        return new Brand("", 160, 48, "#7a3e1d", Map.of());
    }

    /** The {@code brand} variable of the message model. */
    public Map<String, Object> model(String shopUrl) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("shopUrl", shopUrl == null ? "" : shopUrl);
        model.put("logo", logo);
        model.put("logoWidth", logoWidth);
        model.put("logoHeight", logoHeight);
        model.put("color", color);
        List<Map<String, String>> links = new ArrayList<>();
        social.forEach((name, url) -> links.add(Map.of("name", capitalised(name), "url", url)));
        model.put("social", links);
        return model;
    }

    private static void https(String setting, String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new RenderProblem(new Reason("brand.not-an-address", setting, url));
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new RenderProblem(new Reason("brand.not-https", setting, url));
        }
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
