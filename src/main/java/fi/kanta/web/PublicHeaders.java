package fi.kanta.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The security headers every response of {@code kanta serve} carries: pages, error pages and the
 * answers Tomcat gives by itself to requests it cannot parse. The Content-Security-Policy allows
 * nothing inline and nothing from another site, so every page (now and later) keeps its styles and
 * scripts in files under {@code static/} and sends its forms only to this site.
 */
public final class PublicHeaders {

    /** No inline style or script, no frames around our pages, forms post only here. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'none'; object-src 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            // the token in the address must not travel to any other site
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");

    private PublicHeaders() {
    }

    /** Sets the headers on a response that is not yet committed (replacing any of the same name). */
    public static void write(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }
}
