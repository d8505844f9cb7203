package fi.kanta.cli;

import java.nio.file.Path;

/**
 * A {@code kanta} subcommand that works on the home folder itself, before there are settings to
 * start the application with ({@code kanta init}).
 */
interface HomeCommand {

    /** Does the command's work in the home the command line names; returns the exit code. */
    int call(Path home);
}
