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
        Words words = context.getBean(Words.class);
        try (StopSignal stop = new StopSignal(); Serving.Session session = context.getBean(Serving.class).open()) {
            Serving.Served served = session.served();
            // the port as it is typed, not grouped as a number is (8080, not 8 080)
            System.out.println(words.text("serve.listening", String.valueOf(served.port())));
            System.out.println(words.text("serve.public-pages", served.publicPages(), served.signupPage()));
            System.out.println(words.text("serve.console", context.getBean(ConsoleServer.class).address()));
            System.out.println(served.secretFile() == null ? words.text("serve.link-secret.set")
                    : words.text("serve.link-secret.generated", served.secretFile()));
            System.out.println(served.sharedAt() == null ? words.text("serve.database.own", served.database())
                    : words.text("serve.database.shared", served.sharedAt()));
            System.out.println(words.text("serve.every-minute", served.inbox()));
            // the lines serve prints while it runs begin with a time: say once which zone it is in
            System.out.println("  " + words.text("status.times", words.zone().getId()));
            ScheduleLines schedules = new ScheduleLines(words);
            served.schedules().forEach(decision -> System.out.println(words.text("serve.schedule", schedules.line(decision, "schedule.sending"))));
            session.startRounds();
            stop.await();
        }
        System.out.println(words.text("serve.stopped"));
        return ExitCode.DONE;
    }
}
