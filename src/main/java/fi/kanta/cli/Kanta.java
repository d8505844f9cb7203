package fi.kanta.cli;

import fi.kanta.KantaApplication;
import fi.kanta.database.AppliedMigrations;
import fi.kanta.home.HomeState;
import fi.kanta.home.MarketersLanguage;
import fi.kanta.progress.Progress;
import fi.kanta.words.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The {@code kanta} command line: parses the arguments, starts the application only for a
 * well-formed command, and turns every expected failure into one clear line and an exit code.
 */
// the scope gives every subcommand --help and --version too, so `kanta run --help` answers instead of
// asking for the arguments it would explain
@Command(name = "kanta", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Kanta.Version.class,
        description = "Kanta: win back lapsed customers and keep loyal ones.",
        footer = {"", "Spring settings may follow any command, e.g. --spring.profiles.active=postgres or --kanta.home=DIR."})
public final class Kanta {

    /**
     * The subcommands, in the order {@code kanta --help} lists them. Picocli reads a command's
     * options by reflection when it is added, which took a fifth of a {@code kanta status} before
     * Spring: so a command line naming one of them gets only that one ({@link #commandLine}).
     */
    private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, DemoCommand.class, ImportCommand.class,
            StatusCommand.class, ScoreCommand.class, ValidateCommand.class, SegmentsCommand.class, SegmentCommand.class,
            RunCommand.class, ResumeCommand.class, PreviewCommand.class, ScheduleCommand.class, ExportCommand.class,
            ServeCommand.class, ReportCommand.class, SuppressionsCommand.class, LettersCommand.class, CustomerCommand.class,
            RequestsCommand.class, ErasuresCommand.class, RetentionCommand.class, UserCommand.class);

    private static final String HELP = "console.commands";
    private static final String WEB_APPLICATION_TYPE = "spring.main.web-application-type";
    private static final String FLYWAY = "spring.flyway.";

    /**
     * Auto-configurations only {@code kanta serve}'s pages need (JSON, HTTP converters, sign-in, the
     * pages' Thymeleaf set-up; campaign templates have their own engine): a command without pages
     * loads about 1,500 classes fewer without them.
     */
    private static final List<String> WEB_ONLY = List.of(
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration");

    private Kanta() {
    }

    /** Runs one command and returns its exit code; {@code main} exits with it. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (isSpringSetting(arg) ? springArgs : commandArgs).add(arg);
        }
        Path home = HomeState.folder(springArgs);
        // the marketer's language before picocli parses: its help and usage lines speak it too
        Words words = MarketersLanguage.words(home, springArgs);
        CommandLine commandLine = commandLine(commandArgs, words.locale());
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(commandArgs.toArray(String[]::new));
        } catch (ParameterException e) {
            err.println("kanta: " + ConsoleLines.printable(UsageMistakes.said(e, commandArgs, words)));
            err.println(words.text("usage.try", e.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCode.USAGE;
        }
        Integer helpExit = CommandLine.executeHelpRequest(parsed);
        if (helpExit != null) {
            return helpExit;
        }
        if (!parsed.hasSubcommand()) {
            commandLine.usage(err);
            return ExitCode.USAGE;
        }
        ParseResult chosen = parsed.subcommand();
        java.util.Optional<String> unspoken = MarketersLanguage.unspoken(home, springArgs);
        if (unspoken.isPresent()) { // Spring would take it and speak English: say so, naming the setting
            err.println("kanta " + parsed.subcommand().commandSpec().name() + ": " + words.text("failure.setting", "kanta.shop.language",
                    ConsoleLines.printable(unspoken.get()), words.text("failure.setting.given"), words.text("failure.setting.takes.language")));
            return ExitCode.FAILED;
        }
        while (chosen.hasSubcommand()) { // kanta report nps
            chosen = chosen.subcommand();
        }
        try {
            if (chosen.commandSpec().userObject() instanceof HomeCommand homeCommand) {
                return homeCommand.call(home);
            }
            KantaCommand command = (KantaCommand) chosen.commandSpec().userObject();
            command.check();
            command.prepare(home, springArgs);
            HomeState state = HomeState.of(home);
            if (state == HomeState.NONE) {
                err.println(chosen.commandSpec().qualifiedName() + ": " + state.advice(home, words));
                return ExitCode.FAILED;
            }
            if (state == HomeState.EARLIER_VERSION) {
                err.println(state.advice(home, words));
            }
            // what the command's jobs and services tell Progress is printed as it comes, a line each
            try (ConfigurableApplicationContext context = start(command, springArgs);
                 Progress.Listening lines = context.getBean(Progress.class).listen(new ConsoleLines())) {
                return command.call(context);
            }
        } catch (Exception e) {
            err.println(chosen.commandSpec().qualifiedName() + ": "
                    + ConsoleLines.printable(CommandFailure.describe(e, words)));
            return ExitCode.FAILED;
        }
    }

    /**
     * The command line with the subcommand the arguments name, or with all of them when they name
     * none (help, the version, a typo: picocli's answer then lists or suggests them all). Their
     * help is in {@code language} (console/commands_*.properties; English is the annotations').
     */
    static CommandLine commandLine(List<String> commandArgs, Locale language) {
        String first = commandArgs.isEmpty() ? "" : commandArgs.get(0);
        List<Class<?>> named = COMMANDS.stream().filter(type -> type.getAnnotation(Command.class).name().equals(first)).toList();
        CommandLine commandLine = new CommandLine(new Kanta());
        for (Class<?> type : named.isEmpty() ? COMMANDS : named) {
            commandLine.addSubcommand(type);
        }
        // after the subcommands are added: picocli gives the bundle to those it has
        commandLine.setResourceBundle(ResourceBundle.getBundle(HELP, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        return commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static boolean isSpringSetting(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--kanta.") || arg.startsWith("--logging.");
    }

    private static ConfigurableApplicationContext start(KantaCommand command, List<String> springArgs) {
        // a quick command starts without Flyway when every migration is applied, as after the first
        // command of a version; when one is not (or Flyway is set up otherwise), it starts again with it
        if (command.quick() && springArgs.stream().noneMatch(arg -> arg.startsWith("--" + FLYWAY))) {
            List<String> withoutFlyway = new ArrayList<>(springArgs);
            withoutFlyway.add("--" + FLYWAY + "enabled=false");
            ConfigurableApplicationContext context = application(command, withoutFlyway);
            try {
                if (context.getBean(AppliedMigrations.class).all()) {
                    return context;
                }
            } catch (RuntimeException e) {
                context.close();
                throw e;
            }
            context.close();
        }
        return application(command, springArgs);
    }

    private static ConfigurableApplicationContext application(KantaCommand command, List<String> springArgs) {
        WebApplicationType type = command.webApplicationType();
        List<String> settings = new ArrayList<>(springArgs);
        // application.properties says none (tests and finite commands); the command's own need wins,
        // unless the command line says otherwise
        if (settings.stream().noneMatch(arg -> arg.startsWith("--" + WEB_APPLICATION_TYPE + "="))) {
            settings.add(0, "--" + WEB_APPLICATION_TYPE + "=" + type.name().toLowerCase(Locale.ROOT));
        }
        if (type == WebApplicationType.NONE) {
            // Boot's warm-up thread would load JSON and Tomcat classes on the second core; it reads
            // this when the application is made
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        }
        SpringApplicationBuilder application = new SpringApplicationBuilder(KantaApplication.class)
                .web(type)
                .logStartupInfo(false);
        if (type == WebApplicationType.NONE) {
            // start-up is most of a short command's time: skip what only the web pages use
            application.properties("spring.autoconfigure.exclude=" + String.join(",", WEB_ONLY));
        }
        application.lazyInitialization(command.quick());
        return application.run(settings.toArray(String[]::new));
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Kanta.class.getPackage().getImplementationVersion();
            return new String[] {"kanta " + (version == null ? "(development build)" : version)};
        }
    }
}
