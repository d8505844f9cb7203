package fi.kanta.home;

import fi.kanta.words.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a folder is a Kanta home, read before Spring starts: the command line refuses to work
 * where nothing was ever set up (a typo in {@code --kanta.home} would otherwise make an empty
 * database there), and says how to bring a home from an earlier version up to date.
 */
public enum HomeState {
    /** Has its {@code kanta.properties}. */
    READY,
    /** Has {@code data/} but no {@code kanta.properties}: made before {@code kanta init} existed. */
    EARLIER_VERSION,
    /** Nothing was ever done here. */
    NONE;

    public static HomeState of(Path home) {
        if (Files.isRegularFile(home.resolve(HomeSetup.SETTINGS))) {
            return READY;
        }
        return Files.isDirectory(home.resolve("data")) ? EARLIER_VERSION : NONE;
    }

    /**
     * The home the command line names: the last {@code --kanta.home=DIR}, else the {@code kanta.home}
     * system property or the {@code KANTA_HOME} environment variable (Spring reads both too), else
     * the working directory.
     */
    public static Path folder(List<String> settings) {
        String home = null;
        for (String setting : settings) {
            if (setting.startsWith("--kanta.home=")) {
                home = setting.substring("--kanta.home=".length());
            }
        }
        if (home == null) {
            home = System.getProperty("kanta.home", System.getenv("KANTA_HOME"));
        }
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    /** What to tell the user in {@code words}, or null when there is nothing to say. */
    public String advice(Path home, Words words) {
        return switch (this) {
            case READY -> null;
            case EARLIER_VERSION -> words.text("home.earlier-version", home, HomeSetup.SETTINGS);
            case NONE -> words.text("home.none", home, HomeSetup.SETTINGS);
        };
    }
}
