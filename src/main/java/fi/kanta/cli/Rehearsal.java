package fi.kanta.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs several {@code kanta} commands in one JVM, their output and exit codes ignored; the
 * arguments are the command lines, separated by {@code ";"}. The {@code kanta} launcher runs it
 * once after each build under {@code -XX:ArchiveClassesAtExit}, so that the class-data archive
 * (docs/architecture.md "Start-up") holds what the daily commands load: their start with and without
 * Flyway, an import, the campaign definitions, the templates and the letter's PDF. A JVM writes one
 * archive, so one process has to do all of it.
 */
public final class Rehearsal {

    private Rehearsal() {
    }

    public static void main(String[] args) {
        rehearse(args);
        System.exit(ExitCode.DONE);
    }

    /** Runs each command line of the arguments in turn; returns how many ended well. */
    static int rehearse(String... args) {
        List<List<String>> commands = new ArrayList<>(List.of(new ArrayList<>()));
        for (String arg : args) {
            if (arg.equals(";")) {
                commands.add(new ArrayList<>());
            } else {
                commands.get(commands.size() - 1).add(arg);
            }
        }
        int done = 0;
        for (List<String> command : commands) {
            if (!command.isEmpty() && Kanta.run(command.toArray(String[]::new)) == ExitCode.DONE) {
                done++;
            }
        }
        return done;
    }
}
