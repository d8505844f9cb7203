package fi.kanta.schedule;

import fi.kanta.KantaApplication;
import fi.kanta.campaign.Campaigns;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A {@code kanta serve} node for tests, in a child JVM ({@link fi.kanta.ChildJvm}): Kanta's real
 * application context with the settings given as arguments, whose rounds run when the test says
 * and at the time it says (the real serve runs them every minute on the system clock). Reads
 * commands from standard input, one a line, and ends with it:
 * <ul>
 * <li>{@code round INSTANT}: one {@link ServeLoop#once} round at that instant; prints each line of
 * it after "| ", then "round done";</li>
 * <li>{@code launch CAMPAIGN RUN-KEY INSTANT}: launches the run as {@code kanta run} does
 * (no due check); prints "launch STATUS";</li>
 * <li>{@code later DURATION}: moves the node's machine clock (the application's {@link Clock}
 * bean, which the lease of stale runs is measured on) that far ahead of the real one.</li>
 * </ul>
 */
public final class ServeRounds {

    private ServeRounds() {
    }

    public static void main(String[] args) throws IOException {
        MachineClock machine = new MachineClock();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KantaApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .initializers(c -> c.getBeanFactory().registerSingleton("machineClock", machine)).run(args)) {
            ServeLoop loop = context.getBean(ServeLoop.class);
            System.out.println("ready");
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                String[] words = command.split(" ");
                if (words[0].equals("round")) {
                    round(loop, Clock.fixed(Instant.parse(words[1]), ZoneOffset.UTC));
                } else if (words[0].equals("launch")) {
                    Launch launch = context.getBean(CampaignRuns.class).launch(
                            context.getBean(Campaigns.class).named(words[1]), words[2],
                            LocalDateTime.ofInstant(Instant.parse(words[3]), ZoneOffset.UTC));
                    System.out.println("launch " + launch.status());
                } else if (words[0].equals("later")) {
                    machine.ahead = Duration.parse(words[1]);
                }
            }
        }
    }

    private static void round(ServeLoop loop, Clock clock) {
        try {
            loop.once(clock).forEach(line -> System.out.println("| " + line));
        } catch (RuntimeException e) {
            System.out.println("| round failed: " + e);
        }
        System.out.println("round done");
    }

    /** The real clock, or as far ahead of it as the test said. */
    private static final class MachineClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
