package fi.kanta.delivery;

import jakarta.mail.Session;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.mail.autoconfigure.MailProperties;

/**
 * Where and how to reach the SMTP server, from {@code spring.mail.*}: STARTTLS and the like are
 * Jakarta Mail properties ({@code spring.mail.properties.mail.smtp.starttls.required=true}).
 *
 * @param protocol   {@code smtp} or {@code smtps}
 * @param port       -1 for the protocol's default
 * @param username   null when the server needs no login
 * @param properties Jakarta Mail session properties
 */
public record SmtpServer(String protocol, String host, int port, String username, String password,
        Map<String, String> properties) {

    public SmtpServer {
        protocol = protocol == null || protocol.isBlank() ? "smtp" : protocol;
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP server needs a host");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A server on {@code host:port} with no login and default properties. */
    public static SmtpServer at(String host, int port) {
        return new SmtpServer("smtp", host, port, null, null, Map.of());
    }

    /** The server from Spring Boot's mail settings. */
    public static SmtpServer of(MailProperties mail) {
        return new SmtpServer(mail.getProtocol(), mail.getHost(), mail.getPort() == null ? -1 : mail.getPort(),
                mail.getUsername(), mail.getPassword(), mail.getProperties());
    }

    /**
     * A mail session: time-outs on by default (Jakarta Mail waits forever), then the configured
     * properties, and sockets without Nagle's delay unless a socket factory is configured.
     */
    Session session() {
        Properties session = new Properties();
        String prefix = "mail." + protocol + ".";
        session.setProperty(prefix + "connectiontimeout", "15000");
        session.setProperty(prefix + "timeout", "60000");
        session.setProperty(prefix + "auth", String.valueOf(username != null && !username.isEmpty()));
        session.putAll(properties);
        if (!properties.containsKey(prefix + "socketFactory.class")) {
            session.put(prefix + "socketFactory", new NoDelaySocketFactory());
        }
        return Session.getInstance(session);
    }

    @Override
    public String toString() {
        return protocol + "://" + (username == null ? "" : username + "@") + host + (port > 0 ? ":" + port : "");
    }
}
