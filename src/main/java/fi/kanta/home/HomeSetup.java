package fi.kanta.home;

import fi.kanta.words.SaidError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a Kanta home (docs/architecture.md "Folders"): {@code jobs/} and {@code templates/} with the
 * shipped campaigns, and one commented {@code kanta.properties} with the shop's settings to fill in.
 * Runs before Spring starts (there is no home to read settings from yet), and never overwrites a
 * file that exists: running it again in a home only adds what is missing.
 */
public final class HomeSetup {

    /** The home's own settings file, read by every command run in the home. */
    public static final String SETTINGS = "kanta.properties";

    /** The marketer's languages: what commands print and reports say. */
    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private HomeSetup() {
    }

    /** What a home got: the settings file (written now, or kept as it was) and the example files copied. */
    public record NewHome(Path home, Path settings, boolean settingsWritten, List<Path> copied) {
    }

    /** A home for a shop of its own: placeholders where the shop's name and addresses go. */
    public static NewHome init(Path home, String language) {
        return make(home, "home/kanta.properties", language);
    }

    /** The demo shop's home: its made-up sender and addresses, marked as the demo's ({@code kanta.demo=true}). */
    public static NewHome demo(Path home, String language) {
        return make(home, "home/kanta-demo.properties", language);
    }

    /** fi or sv when the system speaks it, else en. */
    public static String languageOf(Locale system) {
        return LANGUAGES.contains(system.getLanguage()) ? system.getLanguage() : "en";
    }

    private static NewHome make(Path folder, String template, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new SaidError("home.language", language);
        }
        Path home = folder.toAbsolutePath().normalize();
        Path settings = home.resolve(SETTINGS);
        try {
            if (Files.exists(home) && !Files.isDirectory(home)) {
                throw new SaidError("home.is-a-file", home);
            }
            Files.createDirectories(home);
            List<Path> copied = ExampleFiles.install(home);
            boolean written = !Files.exists(settings);
            if (written) {
                Files.writeString(settings, text(template).replace("@LANGUAGE@", language), StandardCharsets.UTF_8);
            }
            return new NewHome(home, settings, written, copied);
        } catch (IOException e) {
            throw new SaidError(e, "home.cannot-make", home, e.getMessage());
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = HomeSetup.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the jar has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
