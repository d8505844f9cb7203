package fi.kanta;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The child JVM of {@link DurabilityTest}: starts Kanta's real application context on the given
 * home (so the database URL and its options are exactly the configured ones), then commits one
 * customer at a time and prints "committed N" after each commit returns, until it is killed.
 */
public final class CommittingChild {

    private CommittingChild() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KantaApplication.class)
                .web(WebApplicationType.NONE).run("--kanta.home=" + args[0]);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class); // auto-commit: each update is its own commit
        for (int n = 1; ; n++) {
            jdbc.update("INSERT INTO customer (external_id, first_name, created_at, updated_at)"
                    + " VALUES (?, 'Kestävä', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", "D" + n);
            System.out.println("committed " + n);
            System.out.flush();
        }
    }
}
