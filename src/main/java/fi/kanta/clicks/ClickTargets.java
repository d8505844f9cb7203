package fi.kanta.clicks;

import fi.kanta.shop.ShopSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a counted link may lead: https addresses on the web shop's host ({@code kanta.shop.url}), on
 * {@code kanta.clicks.extra-hosts}, or on a host of the product file's pages ({@code product.page_url}).
 * Asked when a link is made (an address elsewhere stays a plain link) and again when it is followed
 * (the settings may have changed since), so the redirect is never an open one: a signed token is
 * still only followed to these hosts. The product hosts are read again at most once a minute.
 */
@Component
public class ClickTargets {

    private static final Duration PRODUCT_HOSTS_KEPT = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Set<String> configured;
    private final Clock clock;
    private volatile ProductHosts productHosts;

    @Autowired
    public ClickTargets(JdbcTemplate jdbc, ShopSettings shop, ClickSettings settings) {
        this(jdbc, shop, settings, Clock.systemUTC());
    }

    ClickTargets(JdbcTemplate jdbc, ShopSettings shop, ClickSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        Set<String> hosts = new HashSet<>(settings.extraHosts());
        host(shop.url()).ifPresent(hosts::add);
        this.configured = Set.copyOf(hosts);
    }

    /** Whether {@code address} is an https address on one of the allowed hosts, without a user name or password. */
    public boolean allows(String address) {
        Optional<String> host = host(address);
        if (host.isEmpty()) {
            return false;
        }
        return configured.contains(host.get()) || productHosts().contains(host.get());
    }

    /** The host of an https address, lower case; empty for anything else. */
    static Optional<String> host(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private Set<String> productHosts() {
        ProductHosts known = productHosts;
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(PRODUCT_HOSTS_KEPT).isBefore(now)) {
            Set<String> hosts = new HashSet<>();
            jdbc.query("SELECT DISTINCT page_url FROM product WHERE page_url IS NOT NULL", row -> {
                host(row.getString(1)).ifPresent(hosts::add);
            });
            known = new ProductHosts(Set.copyOf(hosts), now);
            productHosts = known;
        }
        return known.hosts();
    }

    private record ProductHosts(Set<String> hosts, Instant readAt) {
    }
}
