package fi.kanta.cli;

import fi.kanta.console.ConsoleRole;
import fi.kanta.console.ConsoleUser;
import fi.kanta.console.ConsoleUsers;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kanta user add|passwd|remove|list}: the users of the console that {@code kanta serve} serves.
 * A password is read from the terminal without showing it (asked twice), or, with no terminal, as the
 * first line of standard input; never from the command line, where the shell's history and every
 * process listing would keep it.
 */
@Command(name = "user", description = "Manage the console's users: add, passwd (a new password), remove, list.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class, UserCommand.List.class})
public class UserCommand implements HomeCommand {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code kanta user} alone: which of its commands there are. */
    @Override
    public int call(Path home) {
        spec.commandLine().usage(System.err);
        return ExitCode.USAGE;
    }

    /** A password option only to say why there is none. */
    abstract static class TakesPassword implements KantaCommand {

        @Option(names = "--password", hidden = true, arity = "0..1")
        String given;

        @Override
        public void check() {
            if (given != null) {
                throw new SaidError("user.password.on-command-line");
            }
        }
    }

    @Command(name = "add", description = "Add a console user; asks for the password (or reads it from standard input).")
    static class Add extends TakesPassword {

        @Parameters(paramLabel = "NAME", description = "the name to sign in with (letters, digits, . _ @ -)")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "viewer (reads), marketer (also acts: suppresses, imports, launches, exports) or admin (also users, audit)")
        ConsoleRole role;

        @Option(names = "--language", paramLabel = "LANG", description = "fi, sv or en: the console speaks it (default: kanta.shop.language)")
        String language;

        @Override
        public int call(ApplicationContext context) {
            ConsoleUsers users = context.getBean(ConsoleUsers.class);
            Words words = context.getBean(Words.class);
            if (users.find(name).isPresent()) { // before asking for a password that would go nowhere
                throw new SaidError("user.exists", ConsoleLines.printable(name));
            }
            ConsoleUser user = users.add(name, role, Optional.ofNullable(language), newPassword(name, words));
            System.out.println(words.text("user.added", user.name(), user.role().written(), user.language()));
            return ExitCode.DONE;
        }
    }

    @Command(name = "passwd", description = "Give a console user a new password (asked for, or read from standard input).")
    static class Passwd extends TakesPassword {

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public int call(ApplicationContext context) {
            ConsoleUsers users = context.getBean(ConsoleUsers.class);
            Words words = context.getBean(Words.class);
            if (users.find(name).isEmpty()) {
                throw new SaidError("user.refused.name-unknown", ConsoleLines.printable(name));
            }
            ConsoleUser user = users.changePassword(name, newPassword(name, words));
            System.out.println(words.text("user.password-changed", user.name()));
            return ExitCode.DONE;
        }
    }

    @Command(name = "remove", description = "Remove a console user (the audit keeps their id).")
    static class Remove implements KantaCommand {

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public int call(ApplicationContext context) {
            ConsoleUser user = context.getBean(ConsoleUsers.class).remove(name);
            System.out.println(context.getBean(Words.class).text("user.removed", user.name(), user.id()));
            return ExitCode.DONE;
        }
    }

    @Command(name = "list", description = "List the console's users: name, role, language, created, disabled.")
    static class List implements KantaCommand {

        @Override
        public boolean quick() {
            return true;
        }

        @Override
        public int call(ApplicationContext context) {
            java.util.List<ConsoleUser> users = context.getBean(ConsoleUsers.class).list();
            Words words = context.getBean(Words.class);
            if (users.isEmpty()) {
                System.out.println(words.text("user.none"));
            }
            if (!users.isEmpty()) { // the zone once, as kanta status names it: every time below is in it
                System.out.println(words.text("status.times", words.zone().getId()));
            }
            for (ConsoleUser user : users) {
                System.out.printf("%-24s %-9s %s  %s  %s%s%n", user.name(), user.role().written(), user.language(),
                        words.dateTime(user.created()), words.text("user.list.id", String.valueOf(user.id())),
                        user.disabled() ? "  " + words.text("user.list.disabled") : "");
            }
            return ExitCode.DONE;
        }
    }

    /**
     * The new password: typed twice at a terminal, unseen; else the first line of standard input
     * (nothing is echoed there: whatever feeds it, a password manager or a file, keeps it).
     */
    static char[] newPassword(String name, Words words) {
        Console terminal = System.console();
        if (terminal != null) {
            // the text as an argument, so that a % in a name is only a %
            char[] first = terminal.readPassword("%s", words.text("user.password.ask", ConsoleLines.printable(name)));
            char[] again = terminal.readPassword("%s", words.text("user.password.again"));
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new SaidError("user.password.mismatch");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new SaidError("user.password.none");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
