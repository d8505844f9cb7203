package fi.kanta.clicks;

import fi.kanta.links.ClickLinks;
import fi.kanta.links.ClickToken;
import fi.kanta.render.LinkTracking;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The counted links of one email of a run: each link to an allowed host ({@link ClickTargets})
 * becomes {@code <public-url>/c/<token>}, the token naming the outbox row (run and customer), the
 * link's name and the address with its UTM parameters. None when the shop does not count clicks or
 * the customer chose "do not profile me": they get the plain links.
 */
@Component
public class ClickTracking {

    private final ClickSettings settings;
    private final ClickTargets targets;
    private final ClickLinks links;

    public ClickTracking(ClickSettings settings, ClickTargets targets, ClickLinks links) {
        this.settings = settings;
        this.targets = targets;
        this.links = links;
    }

    /** The counted links of the customer's email in the run, made {@code today}; empty: plain links. */
    public Optional<LinkTracking> forEmail(long runId, long customerId, boolean profiled, LocalDate today) {
        if (!settings.enabled() || !profiled) {
            return Optional.empty();
        }
        return Optional.of((target, name) -> targets.allows(target) && ClickToken.fits(target)
                ? links.url(new ClickToken(runId, customerId, shortName(name), today, target)) : target);
    }

    /** The link's name as a click row keeps it: at most {@link ClickToken#MAX_LINK_BYTES} bytes of UTF-8. */
    static String shortName(String name) {
        String shorter = name.strip().isEmpty() ? "link" : name.strip();
        while (shorter.getBytes(StandardCharsets.UTF_8).length > ClickToken.MAX_LINK_BYTES) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter;
    }
}
