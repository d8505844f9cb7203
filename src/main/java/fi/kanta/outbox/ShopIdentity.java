package fi.kanta.outbox;

import fi.kanta.DemoHome;
import fi.kanta.KantaHome;
import fi.kanta.delivery.Mailers;
import fi.kanta.links.LinkSettings;
import fi.kanta.render.Sender;
import fi.kanta.shop.ShopSettings;
import java.net.URI;
import fi.kanta.words.SaidError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Refuses to send for real in someone else's name: printed letters, and emails through a mail
 * server, go out only once the shop's own name, address and public address are set
 * (docs/architecture.md "Sending in the shop's name"). The demo's values, the placeholders
 * {@code kanta init} writes ({@code <...>}, addresses under the reserved {@code .example} domain,
 * which reaches no one) and empty values are not the shop's; a home made by {@code kanta demo}
 * ({@code kanta.demo=true}) may use the demo's.
 */
@Component
public class ShopIdentity {

    private static final String DEMO_NAME = "Kanta Demo Shop";
    private static final String DEMO_STREET = "Esimerkkikatu 1";

    private final Sender sender;
    private final LinkSettings links;
    private final ShopSettings shop;
    private final DemoHome demo;
    private final Mailers mailers;
    private final KantaHome home;

    ShopIdentity(Sender sender, LinkSettings links, ShopSettings shop, DemoHome demo, Mailers mailers, KantaHome home) {
        this.sender = sender;
        this.links = links;
        this.shop = shop;
        this.demo = demo;
        this.mailers = mailers;
        this.home = home;
    }

    /**
     * Throws, naming each setting to fix and the file, when the run would print letters or send
     * emails through a mail server while a setting is not yet the shop's own.
     */
    public void requireForSending(String run, boolean letters, boolean emails) {
        boolean real = letters || (emails && mailers.sendsBySmtp());
        if (!real || demo.demo()) {
            return;
        }
        List<SaidError.Part> unset = unset();
        if (!unset.isEmpty()) {
            throw new SaidError("identity.refused", run, new SaidError.Part(letters ? "identity.letters" : "identity.emails"),
                    home.home().resolve("kanta.properties"), SaidError.Text.joined("; ", unset));
        }
    }

    /** The settings still empty, a placeholder or the demo's, each with its value and why. */
    List<SaidError.Part> unset() {
        List<SaidError.Part> unset = new ArrayList<>();
        text(unset, "kanta.sender.name", sender.name(), DEMO_NAME);
        text(unset, "kanta.sender.street", sender.street(), DEMO_STREET);
        text(unset, "kanta.sender.postal-code", sender.postalCode(), null);
        text(unset, "kanta.sender.city", sender.city(), null);
        address(unset, "kanta.sender.email", sender.email(), sender.email().substring(sender.email().indexOf('@') + 1));
        address(unset, "kanta.web.public-url", links.publicUrl(), host(links.publicUrl()));
        if (!shop.url().isBlank()) {
            address(unset, "kanta.shop.url", shop.url(), host(shop.url()));
        }
        return unset;
    }

    private void text(List<SaidError.Part> unset, String setting, String value, String demoValue) {
        if (value == null || value.isBlank()) {
            unset.add(new SaidError.Part("identity.empty", setting));
        } else if (value.strip().startsWith("<")) {
            unset.add(new SaidError.Part("identity.placeholder", setting, value.strip()));
        } else if (value.strip().equals(demoValue)) {
            unset.add(new SaidError.Part("identity.demo", setting, value.strip()));
        }
    }

    private void address(List<SaidError.Part> unset, String setting, String value, String host) {
        String domain = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (value == null || value.isBlank()) {
            unset.add(new SaidError.Part("identity.empty", setting));
        } else if (value.strip().startsWith("<")) {
            unset.add(new SaidError.Part("identity.placeholder", setting, value.strip()));
        } else if (domain.endsWith(".example") || domain.equals("example")) {
            unset.add(new SaidError.Part("identity.example", setting, value));
        } else if (domain.equals("localhost") || domain.startsWith("127.")) {
            unset.add(new SaidError.Part("identity.local", setting, value));
        }
    }

    private static String host(String url) {
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
