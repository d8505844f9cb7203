package fi.kanta.cli;

import fi.kanta.console.ConsoleServer;
import fi.kanta.web.Serving;
import fi.kanta.words.Words;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code kanta serve}: the long-running mode. Serves the public pages (unsubscribe, feedback answers, preferences,
 * sign-up) on {@code kanta.web.port}, the marketer's console on {@code kanta.console.port}, and shares the embedded
 * database with other {@code kanta} commands on loopback until Ctrl-C or SIGTERM, then exits 0.
 */
@Command(name = "serve", description = {"Serve the public pages (unsubscribe, feedback, preferences and sign-up) and the marketer's console,"
        + " and share the embedded database"
        + " with other kanta commands, until stopped (Ctrl-C or SIGTERM)."})
public class ServeCommand implements KantaCommand {

    @Override
    public WebApplicationType webApplicationType() {
        return WebApplicationType.SERVLET;
    }

    @Override
    public int call(ApplicationContext context) throws Exception {
        try (StopSignal stop = new StopSignal(); Serving.Session session = context.getBean(Serving.class).open()) {
            Serving.Served served = session.served();
            System.out.println("kanta serve: listening on port " + served.port() + " (Ctrl-C stops it)");
            System.out.println("  public pages  " + served.publicPages() + " (kanta.web.public-url)");
            System.out.println("  console       " + context.getBean(ConsoleServer.class).address()
                    + " (kanta.console.port; kanta user add NAME --role admin makes a user)");
            System.out.println("  link secret   " + served.linkSecret());
            System.out.println("  database      " + served.database());
            System.out.println("  every minute  the import inbox " + served.inbox()
                    + ", nightly scores, due campaign runs (kanta schedule lists them), stale runs resumed");
            ScheduleLines schedules = new ScheduleLines(context.getBean(Words.class));
            served.schedules().forEach(decision -> System.out.println("  schedule      " + schedules.line(decision, "schedule.sending")));
            session.startRounds();
            stop.await();
        }
        System.out.println("kanta serve: stopped");
        return ExitCode.DONE;
    }
}
