package fi.kanta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/** A Kanta home set up for a campaign test: the shipped templates and a campaign definition in jobs/. */
public final class TestCampaigns {

    private TestCampaigns() {
    }

    /** Copies templates/ into {@code home} (afresh, as a test may have changed them) and writes {@code jobs/<name>.yml}. */
    public static void define(Path home, String name, String definition) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve(name + ".yml"), definition);
    }
}
