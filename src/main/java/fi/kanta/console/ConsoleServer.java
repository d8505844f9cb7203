package fi.kanta.console;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The console's own port: a second Tomcat connector beside the public pages' ({@code kanta.web.port}),
 * on {@code kanta.console.address} (loopback by default). Both reach the same application; what a
 * request may see is decided by the port it came in on ({@link #isConsole}), never by a header the
 * client sets.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ConsoleServer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ConsoleSettings settings;
    private final Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);

    public ConsoleServer(ConsoleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        connector.setPort(settings.port());
        connector.setProperty("address", settings.address());
        // Boot sets these on its own connector only
        connector.setURIEncoding(StandardCharsets.UTF_8.name());
        connector.setProperty("server", " ");
        factory.addAdditionalConnectors(connector);
    }

    /** The port the console listens on: the one chosen when {@code kanta.console.port} is 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Where the console answers, for the person who started serve: {@code http://127.0.0.1:8081/console/}. */
    public String address() {
        String host = settings.address().contains(":") ? "[" + settings.address() + "]" : settings.address();
        return "http://" + host + ":" + port() + "/console/";
    }

    /** Whether the request came in on the console's port. */
    public boolean isConsole(HttpServletRequest request) {
        return request.getLocalPort() == port();
    }
}
