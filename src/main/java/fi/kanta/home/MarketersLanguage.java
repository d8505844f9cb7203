package fi.kanta.home;

import fi.kanta.words.Words;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The marketer's language read before Spring starts, for what the command line says when the
 * application cannot start (a setting that does not fit, the database in use): the last
 * {@code --kanta.shop.language=xx}, else the home's {@code kanta.properties}, else the
 * {@code kanta.shop.language} system property or {@code KANTA_SHOP_LANGUAGE}, else English; the
 * same order Spring reads them in.
 */
public final class MarketersLanguage {

    private static final String SETTING = "kanta.shop.language";

    private MarketersLanguage() {
    }

    /** Words in the language the command line and the home name. */
    public static Words words(Path home, List<String> settings) {
        return new Words(Locale.forLanguageTag(language(home, settings)), ZoneOffset.UTC);
    }

    /**
     * The language the settings name when Kanta does not speak it (not fi, sv or en; a blank one
     * reads as English): the command line refuses it before Spring starts, naming the setting.
     */
    public static java.util.Optional<String> unspoken(Path home, List<String> settings) {
        String language = language(home, settings);
        return java.util.Set.of("fi", "sv", "en").contains(Locale.forLanguageTag(language).getLanguage())
                ? java.util.Optional.empty() : java.util.Optional.of(language);
    }

    static String language(Path home, List<String> settings) {
        String language = null;
        for (String setting : settings) {
            if (setting.startsWith("--" + SETTING + "=")) {
                language = setting.substring(SETTING.length() + 3);
            }
        }
        if (language == null) {
            language = fromFile(home.resolve(HomeSetup.SETTINGS));
        }
        if (language == null) {
            language = System.getProperty(SETTING, System.getenv("KANTA_SHOP_LANGUAGE"));
        }
        return language == null || language.isBlank() ? "en" : language.strip();
    }

    private static String fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null; // an unreadable file is the failure Spring reports; it is said in English
        }
        return properties.getProperty(SETTING);
    }
}
