package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's rehearsal runs every command line it is given, in turn, in one JVM. */
class RehearsalTest {

    @TempDir
    Path folder;

    @Test
    void runsEachCommandLineInTurn() {
        Path home = folder.resolve("home");
        int done = Rehearsal.rehearse("init", home.toString(), ";", "validate", "--kanta.home=" + home, ";",
                "preview", "win-back", "--customer", "nobody", "--kanta.home=" + home);

        assertThat(done).as("init and validate; no customer 'nobody' to preview").isEqualTo(2);
        assertThat(home.resolve("kanta.properties")).isRegularFile();
        assertThat(Files.isDirectory(home.resolve("data"))).as("validate opened the home's database").isTrue();
    }
}
