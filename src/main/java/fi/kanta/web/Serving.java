package fi.kanta.web;

import fi.kanta.database.DatabaseServer;
import fi.kanta.database.DatabaseSettings;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.PreferenceLinks;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.schedule.CampaignSchedules;
import fi.kanta.schedule.Inbox;
import fi.kanta.schedule.ScheduleDecision;
import fi.kanta.schedule.ServeLoop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/**
 * The long-running mode ({@code kanta serve}): the public pages on {@code kanta.web.port}, the
 * embedded database shared with other {@code kanta} commands on loopback ({@link DatabaseServer}),
 * and the rounds of {@link ServeLoop} every minute, until closed.
 */
@Service
public class Serving {

    private final ApplicationContext context;
    private final LinkSettings links;
    private final LinkSecret secret;
    private final DatabaseSettings database;
    private final Inbox inbox;
    private final ServeLoop rounds;
    private final CampaignSchedules schedules;
    private final Clock clock;

    public Serving(ApplicationContext context, LinkSettings links, LinkSecret secret, DatabaseSettings database, Inbox inbox,
                   ServeLoop rounds, CampaignSchedules schedules, ObjectProvider<Clock> clock) {
        this.context = context;
        this.links = links;
        this.secret = secret;
        this.database = database;
        this.inbox = inbox;
        this.rounds = rounds;
        this.schedules = schedules;
        // the application's Clock bean if there is one: tests set the time serve starts at
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * What is being served, for the person who started it.
     *
     * @param port        the port the pages listen on
     * @param publicPages where customers reach the pages
     * @param signupPage  the newsletter sign-up's address
     * @param secretFile  the file the link-signing key was generated into, or null when {@code kanta.web.secret} sets it
     * @param database    the database's address
     * @param sharedAt    where other kanta commands reach the database, or null when it is a server of its own
     * @param inbox       the folder imported every minute
     * @param schedules   what the first round is about to send and what it skips, per scheduled campaign
     */
    public record Served(int port, String publicPages, String signupPage, Path secretFile, String database, String sharedAt,
                         Path inbox, List<ScheduleDecision> schedules) {
    }

    /**
     * Starts sharing the database (the web server is already up); the rounds start with
     * {@link Session#startRounds()}, and closing the session stops them and the sharing.
     */
    public Session open() {
        secret.key(); // a short secret is refused now, and a generated one exists before the first link
        String databaseUrl = context.getEnvironment().getProperty("spring.datasource.url");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        DatabaseServer server = DatabaseServer.start(databaseUrl, database.serverPort()).orElse(null);
        Served served = new Served(port, links.publicUrl() + UnsubscribeLinks.PATH + "..., " + links.publicUrl() + FeedbackLinks.PATH
                + "..., " + links.publicUrl() + PreferenceLinks.PATH + "..., " + links.publicUrl() + PreferenceLinks.SHORT_PATH + "...",
                links.publicUrl() + SignupPage.PATH, secret.generatedInto().orElse(null), databaseUrl.replaceAll("[;?].*", ""),
                server == null ? null : server.url(), inbox.folder(), schedules.at(clock.instant()));
        return new Session(served, server);
    }

    /** One serving: what it serves, until closed. */
    public final class Session implements AutoCloseable {

        private final Served served;
        private final DatabaseServer server;

        private Session(Served served, DatabaseServer server) {
            this.served = served;
            this.server = server;
        }

        public Served served() {
            return served;
        }

        /** Starts the rounds: at once, then every minute. */
        public void startRounds() {
            rounds.start(clock);
        }

        @Override
        public void close() throws IOException {
            try {
                rounds.stop();
            } finally {
                if (server != null) {
                    server.close();
                }
            }
        }
    }
}
