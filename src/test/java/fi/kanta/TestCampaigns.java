package fi.kanta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.springframework.util.FileSystemUtils;

/** A Kanta home set up for a campaign test: the shipped templates and a campaign definition in jobs/. */
public final class TestCampaigns {

    private TestCampaigns() {
    }

    /** A weekly email win-back to everyone, with a quarter held out: the command-line tests' small campaign. */
    public static final String SPRING = """
            name: spring
            kind: win-back
            period: weekly
            segment: { all: [] }
            holdout: 0.25
            channels:
              - { type: email, template: win-back }
            offer: { code-prefix: SP, discount: "10 %", valid-days: 14 }
            """;

    /** A weekly letter win-back to everyone, with half held out: a run whose result against its holdout tests read. */
    public static final String POST = """
            name: post
            kind: win-back
            period: weekly
            segment: { all: [] }
            holdout: 0.5
            channels:
              - { type: letter, template: win-back }
            offer: { code-prefix: PO, discount: "5 €", valid-days: 20 }
            """;

    /** When the definitions tests write were edited: before any time a test sets its clock to. */
    public static final Instant WRITTEN = Instant.parse("2026-01-01T00:00:00Z");

    /** Copies templates/ into {@code home} (afresh, as a test may have changed them) and writes {@code jobs/<name>.yml}. */
    public static void define(Path home, String name, String definition) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        writtenBefore(Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve(name + ".yml"), definition));
    }

    /**
     * Dates the file back to {@link #WRITTEN}: a schedule never sends a time from before its
     * definition's last edit, and tests set clocks to times earlier than today.
     */
    public static Path writtenBefore(Path definition) throws IOException {
        Files.setLastModifiedTime(definition, FileTime.from(WRITTEN));
        return definition;
    }
}
