package fi.kanta;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sets the time of a {@code kanta} command started in a test: with {@code --kanta.test-clock=2026-12-06T10:15:00+02:00}
 * on its command line, the application gets a fixed {@link Clock} bean at that moment (services that
 * read the time take the Clock bean when there is one). Registered for tests only
 * ({@code src/test/resources/META-INF/spring.factories}); without the setting it does nothing.
 */
public class TestClock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SETTING = "kanta.test-clock";

    /** The command-line setting for the moment. */
    public static String at(String offsetDateTime) {
        return "--" + SETTING + "=" + offsetDateTime;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String at = context.getEnvironment().getProperty(SETTING);
        if (at != null) {
            OffsetDateTime moment = OffsetDateTime.parse(at);
            context.getBeanFactory().registerSingleton("testClock", Clock.fixed(moment.toInstant(), moment.getOffset()));
        }
    }
}
