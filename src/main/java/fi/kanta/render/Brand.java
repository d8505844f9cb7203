package fi.kanta.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    /**
     * The contrast against white from which text reads for everyone (WCAG 2, level AA for normal text): the
     * colour is text on white (the shop's name, headings, the picks' names) and the button's background
     * under white text, so one ratio covers both.
     */
    public static final double READABLE = 4.5;

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

    /** The colour's contrast against white as WCAG 2 measures it: from 1 (white) to 21 (black). */
    public double contrastOnWhite() {
        return contrastOnWhite(color);
    }

    /**
     * The colour itself when text in it reads on white ({@link #READABLE}); else its lightest darker shade
     * (the same hue, each channel scaled down alike) that does: what a shop with a light brand colour can use instead.
     */
    public String readableShade() {
        int rgb = Integer.parseInt(color.substring(1), 16);
        for (int percent = 100; percent > 0; percent--) {
            String shade = String.format(Locale.ROOT, "#%02x%02x%02x", (rgb >> 16 & 0xff) * percent / 100,
                    (rgb >> 8 & 0xff) * percent / 100, (rgb & 0xff) * percent / 100);
            if (contrastOnWhite(shade) >= READABLE) {
                return percent == 100 ? color : shade;
            }
        }
        return "#000000";
    }

    private static double contrastOnWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
        return (1 + 0.05) / (luminance + 0.05);
    }

    /** An sRGB channel's share of light (WCAG 2's relative luminance). */
    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
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
