package fi.kanta.database;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * docs/architecture.md "One database, two processes", the client side: before the datasource exists, a command
 * whose database is an HSQLDB file that a running {@code kanta serve} shares (its
 * {@link ServerFile} names the same database, its process is alive and its port answers) connects
 * through that server instead of opening the file, which only one process may hold. With no
 * server up, the file is opened as configured. Registered in META-INF/spring.factories.
 */
public class SharedDatabase implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.datasource.url";
    static final String PASSWORD = "spring.datasource.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EmbeddedDatabase.path(environment.getProperty(PROPERTY))
                .flatMap(ServerFile::read)
                .filter(ServerFile::answers)
                .ifPresent(server -> environment.getPropertySources().addFirst(
                        new MapPropertySource("kantaSharedDatabase", through(server, environment.getProperty(PASSWORD, "")))));
    }

    /** The server's URL and, unless the settings name a password, the database's own (serve gave it one when it opened it). */
    private static Map<String, Object> through(ServerFile server, String configuredPassword) {
        Map<String, Object> settings = new HashMap<>(Map.of(PROPERTY, server.url()));
        if (configuredPassword.isEmpty()) {
            DatabasePassword.kept(server.database()).ifPresent(password -> settings.put(PASSWORD, password));
        }
        return settings;
    }

    /** True when the URL reaches the database through a serve's server rather than opening it. */
    public static boolean throughServer(String url) {
        return url != null && url.startsWith(EmbeddedDatabase.SERVER_URL);
    }
}
