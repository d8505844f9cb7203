package fi.kanta.render;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A shop's own https server on loopback for the tests of what Kanta fetches from it (the logo): a
 * real TLS conversation, with a certificate keytool makes for 127.0.0.1 when the server starts, which
 * the {@link #images() ShopImages} it hands out trust. Counts the requests for each path.
 */
public final class ShopServer implements AutoCloseable {

    private static final String PASSWORD = "shop-server-test";

    private final HttpsServer server;
    private final HttpClient client;
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    private ShopServer(HttpsServer server, HttpClient client) {
        this.server = server;
        this.client = client;
    }

    /** Starts a server whose key lives in {@code keys} (a temporary folder). */
    public static ShopServer start(Path keys) {
        try {
            Path store = keys.resolve("shop.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                    "-alias", "shop", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String said = new String(keytool.getInputStream().readAllBytes());
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + said);
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory keysOfServer = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keysOfServer.init(keyStore, PASSWORD.toCharArray());
            SSLContext serverSide = SSLContext.getInstance("TLS");
            serverSide.init(keysOfServer.getKeyManagers(), null, null);
            TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusted.init(keyStore);
            SSLContext clientSide = SSLContext.getInstance("TLS");
            clientSide.init(null, trusted.getTrustManagers(), null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverSide));
            server.start();
            return new ShopServer(server, HttpClient.newBuilder().sslContext(clientSide).connectTimeout(Duration.ofSeconds(5)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Answers {@code path} with {@code body} as {@code type}. */
    public ShopServer serve(String path, String type, byte[] body) {
        return serveSlowly(path, type, body, Duration.ZERO);
    }

    /** Answers {@code path} with {@code body} as {@code type} after {@code delay}: a slow shop server. */
    public ShopServer serveSlowly(String path, String type, byte[] body, Duration delay) {
        server.createContext(path, exchange -> {
            asked.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return this;
    }

    /** The https address of {@code path} on this server. */
    public String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many times {@code path} was asked for. */
    public int asked(String path) {
        AtomicInteger count = asked.get(path);
        return count == null ? 0 : count.get();
    }

    /** Images fetched through a client that trusts this server's certificate. */
    public ShopImages images() {
        return images(Clock.systemUTC());
    }

    ShopImages images(Clock clock) {
        return new ShopImages(client, clock);
    }

    /** A PNG of one colour, 160 x 48 pixels: a logo. */
    public static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(160, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 160, 48);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
