package fi.kanta.cli;

import fi.kanta.CommandLines;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A base for command-line tests: each test runs the real {@code kanta} in a Kanta home of its own. */
abstract class InAHome {

    @TempDir
    protected Path home;

    @BeforeEach
    void aHome() {
        CommandLines.home(home);
    }

    /** Runs kanta in this home, checks its exit code and returns what it printed. */
    protected String kanta(int exit, String... args) {
        String[] withHome = Arrays.copyOf(args, args.length + 1);
        withHome[args.length] = "--kanta.home=" + home;
        return CommandLines.run(exit, withHome);
    }
}
