package fi.kanta.web;

import fi.kanta.clicks.Clicks;
import fi.kanta.links.ClickLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A counted link, {@code /c/<token>} (docs/architecture.md "Clicks"): a redirect (302) to the address
 * the token carries, checked again against the hosts a counted link may lead to; any other token,
 * forged, altered, too old or leading elsewhere, gets the "link not valid" page like every other
 * link that is not genuine ({@link NotGenuineLinks}), never a redirect. A HEAD (a program checking
 * the link) is answered the same and records nothing.
 */
@Controller
class ClickRedirect {

    private final Clicks clicks;

    ClickRedirect(Clicks clicks) {
        this.clicks = clicks;
    }

    @GetMapping(ClickLinks.PATH + "{token}")
    ResponseEntity<Void> follow(@PathVariable String token, HttpServletRequest request) {
        String target = clicks.follow(token, !"HEAD".equals(request.getMethod())).orElseThrow(NotGenuineLinks.Refused::new);
        // never cached: each click is the reader's own, and a cache would answer a second reader without us
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).cacheControl(CacheControl.noStore()).build();
    }
}
