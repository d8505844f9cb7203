package fi.kanta.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * How long opening the embedded database waits for a process that died holding it. HSQLDB's lock
 * file carries a heartbeat written every 10 s; a dead owner's lock is taken over once its last
 * heartbeat is more than 10.1 s old. By default HSQLDB looks 10 times over about 9.2 s, so a
 * command started right after a crash ({@code kanta resume} after kill -9) could give up first and
 * report the database as in use by another process. Looking 13 times a second apart (12 s)
 * outlasts any heartbeat; a database that really is in use is still refused, 12 s later.
 * Set before any connection (an environment post-processor, in META-INF/spring.factories); a
 * value given with -D is kept.
 */
public class CrashedOwnerWait implements EnvironmentPostProcessor {

    static final String RETRIES = "hsqldb.lockfile_poll_retries";
    static final String INTERVAL = "hsqldb.lockfile.poll.interval";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(RETRIES) == null && System.getProperty(INTERVAL) == null) {
            System.setProperty(RETRIES, "13");
            System.setProperty(INTERVAL, "1000");
        }
    }
}
