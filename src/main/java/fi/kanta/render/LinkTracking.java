package fi.kanta.render;

/**
 * What a recipient's links to the shop go through when the shop counts clicks (docs/architecture.md
 * "Clicks"): given the address with its UTM parameters and the link's name, the address to print,
 * a counted link or the address itself. Handed to a render under {@link #VARIABLE} beside the
 * model, for emails only; {@code #shop.link} ({@link ShopLink}) asks it, templates never see it.
 */
@FunctionalInterface
public interface LinkTracking {

    /** The render variable that carries it; absent: plain links. */
    String VARIABLE = "kantaLinkTracking";

    String link(String target, String name);
}
