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
        List<String> command = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(";")) {
                Kanta.run(command.toArray(String[]::new));
                command.clear();
            } else {
                command.add(arg);
            }
        }
        if (!command.isEmpty()) {
            Kanta.run(command.toArray(String[]::new));
        }
        System.exit(ExitCode.DONE);
    }
}
