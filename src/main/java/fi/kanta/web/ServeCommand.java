package fi.kanta.web;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.database.DatabaseServer;
import fi.kanta.database.DatabaseSettings;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.UnsubscribeLinks;
import fi.kanta.schedule.Inbox;
import fi.kanta.schedule.ServeLoop;
import java.time.Clock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code kanta serve}: the long-running mode. Serves the public pages (unsubscribe, feedback answers) on
 * {@code kanta.web.port} and shares the embedded database with other {@code kanta} commands on
 * loopback (DESIGN "One database, two processes") until Ctrl-C or SIGTERM, then exits 0.
 */
@Command(name = "serve", description = {"Serve the public pages (unsubscribe and feedback links) and share the embedded database"
        + " with other kanta commands, until stopped (Ctrl-C or SIGTERM)."})
public class ServeCommand implements KantaCommand {

    @Override
    public WebApplicationType webApplicationType() {
        return WebApplicationType.SERVLET;
    }

    @Override
    public int call(ApplicationContext context) throws Exception {
        LinkSettings web = context.getBean(LinkSettings.class);
        LinkSecret secret = context.getBean(LinkSecret.class);
        secret.key(); // a short secret is refused now, and a generated one exists before the first link
        String databaseUrl = context.getEnvironment().getProperty("spring.datasource.url");
        int webPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (StopSignal stop = new StopSignal();
             DatabaseServer database = DatabaseServer.start(databaseUrl, context.getBean(DatabaseSettings.class).serverPort())
                     .orElse(null)) {
            System.out.println("kanta serve: listening on port " + webPort + " (Ctrl-C stops it)");
            System.out.println("  public pages  " + web.publicUrl() + UnsubscribeLinks.PATH + "..., " + web.publicUrl() + FeedbackLinks.PATH
                    + "... (kanta.web.public-url)");
            System.out.println("  link secret   " + secret.describe());
            System.out.println("  database      " + (database == null ? databaseUrl.replaceAll("[;?].*", "") + " (its own server)"
                    : "shared with other kanta commands at " + database.url()));
            ServeLoop rounds = context.getBean(ServeLoop.class);
            System.out.println("  every minute  the import inbox " + context.getBean(Inbox.class).folder()
                    + ", nightly scores, due campaign runs (kanta schedule lists them), stale runs resumed");
            rounds.start(Clock.systemDefaultZone());
            try {
                stop.await();
            } finally {
                rounds.stop();
            }
        }
        System.out.println("kanta serve: stopped");
        return ExitCode.DONE;
    }
}
