package fi.kanta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request came from, as the sign-up's rate limit and proof keep it: the
 * connection's address, unless that is one of {@code kanta.web.trusted-proxies} (the https proxy in
 * front of serve): then the nearest address in {@code X-Forwarded-For} that is not a trusted proxy,
 * read from the right, since only the entries our own proxies appended can be believed (a client
 * writes whatever it likes at the left). Nobody is trusted by default: behind no proxy, a forged
 * header changes nothing.
 */
@Component
class ClientAddresses {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    ClientAddresses(@Value("${kanta.web.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    String of(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> forwarded = new ArrayList<>();
        for (var headers = request.getHeaders("X-Forwarded-For"); headers.hasMoreElements();) {
            for (String hop : headers.nextElement().split(",")) {
                forwarded.add(hop.strip());
            }
        }
        Collections.reverse(forwarded);
        for (String hop : forwarded) {
            if (!IP.matcher(hop).matches()) {
                return client; // garbage where an address should be: the last hop we can vouch for
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }
}
