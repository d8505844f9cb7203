package fi.kanta.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The images Kanta takes from the shop's web site (its logo, {@code kanta.brand.logo}) for letters and
 * the public pages: each fetched once and kept for an hour, so a run of 5,000 letters asks the shop's
 * server once, not once a letter, and a logo changed on the server shows within the hour. Only https,
 * at most 1 MB, PNG or JPEG; anything else, or a server that does not answer within seconds, leaves
 * the letter or page without the image (printed, shown all the same) and says why in the log.
 * As the PDF renderer's source of web images it is a {@link FSStreamFactory}.
 */
@Component
public class ShopImages implements FSStreamFactory {

    private static final Logger log = LoggerFactory.getLogger(ShopImages.class);
    private static final int MAX_BYTES = 1 << 20;
    private static final Duration KEPT = Duration.ofHours(1);
    /** Letters take one logo; a few more addresses are kept, anything beyond is fetched each time. */
    private static final int MAX_KEPT = 16;

    private final HttpClient client;
    private final Clock clock;
    private final Map<String, Fetched> kept = new ConcurrentHashMap<>();
    /** The locks a fetch holds, by address: a few, shared by addresses alike in hash, so none is kept per address. */
    private final Object[] fetching = {new Object(), new Object(), new Object(), new Object()};

    @Autowired
    public ShopImages() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build(),
                Clock.systemUTC());
    }

    ShopImages(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** An image as the shop's server gave it: PNG or JPEG. */
    public record Image(byte[] bytes, String type) {
    }

    /** What was fetched from an address, and when: the image, or null when it could not be used. */
    private record Fetched(Image image, Instant at) {
    }

    /** The image at {@code url} (https), fetched now or within the hour; empty when it cannot be used. */
    public Optional<Image> image(String url) {
        Fetched fetched = kept.get(url);
        if (stale(fetched)) {
            // one fetch of an address at a time: the pages opened at once after a mailing, or a run's letters
            // laid out in parallel, wait for its answer instead of each asking the shop's server
            synchronized (fetching[Math.floorMod(url.hashCode(), fetching.length)]) {
                fetched = kept.get(url);
                if (stale(fetched)) {
                    fetched = new Fetched(fetch(url), clock.instant());
                    if (kept.size() < MAX_KEPT || kept.containsKey(url)) {
                        kept.put(url, fetched);
                    }
                }
            }
        }
        return Optional.ofNullable(fetched.image());
    }

    private boolean stale(Fetched fetched) {
        return fetched == null || fetched.at().plus(KEPT).isBefore(clock.instant());
    }

    @Override
    public FSStream getUrl(String url) {
        byte[] bytes = image(url).map(Image::bytes).orElse(null);
        // no stream (null): openhtmltopdf leaves the image out and lays out the rest
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * Whether the address is on a name kept for examples and tests (RFC 2606: example.com, .example,
     * .test, .invalid; and localhost): a made-up shop's, such as the demo's, never asked over the network.
     */
    static boolean madeUp(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.matches("(.+\\.)?example\\.(com|net|org)") || host.endsWith(".example")
                || host.endsWith(".test") || host.endsWith(".invalid") || host.endsWith(".localhost");
    }

    private Image fetch(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            log.warn("letter image {} left out: only https addresses are fetched", url);
            return null;
        }
        if (madeUp(url)) {
            log.warn("letter image {} left out: a domain kept for examples, where no shop keeps its logo", url);
            return null;
        }
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "image/png, image/jpeg").build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (response.statusCode() != 200 || !(type.startsWith("image/png") || type.startsWith("image/jpeg"))) {
                    log.warn("letter image {} left out: the server answered {} with {}", url, response.statusCode(),
                            type.isEmpty() ? "no content type" : type);
                    return null;
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    log.warn("letter image {} left out: larger than {} bytes", url, MAX_BYTES);
                    return null;
                }
                return new Image(bytes, type.startsWith("image/png") ? "image/png" : "image/jpeg");
            }
        } catch (IOException | IllegalArgumentException e) {
            log.warn("letter image {} left out: {}", url, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
