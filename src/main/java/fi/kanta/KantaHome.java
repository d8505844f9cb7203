package fi.kanta;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The folder Kanta works in (docs/architecture.md "Folders"): {@code jobs/}, {@code templates/}, {@code data/}
 * and {@code out/}. Defaults to the working directory.
 */
@ConfigurationProperties("kanta")
public record KantaHome(Path home) {

    public KantaHome {
        home = (home == null ? Path.of(".") : home).toAbsolutePath().normalize();
    }

    /** Where runs and imports write what they produce: {@code out/<parts...>}. */
    public Path out(String... parts) {
        return home.resolve(Path.of("out", parts));
    }
}
