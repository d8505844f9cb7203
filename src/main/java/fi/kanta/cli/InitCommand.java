package fi.kanta.cli;

import fi.kanta.home.HomeSetup;
import fi.kanta.words.Words;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta init [DIR] [--language fi|sv|en]}: makes a Kanta home ({@link HomeSetup}) and says
 * what to do next.
 */
@Command(name = "init", description = "Make a Kanta home for your shop: jobs/, templates/ and kanta.properties (the shop's settings).")
public class InitCommand implements HomeCommand {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the folder (default: --kanta.home, else the working directory)")
    Path folder;

    @Option(names = "--language", paramLabel = "LANG", description = "your own language, fi, sv or en: what kanta prints"
            + " (default: the system's when it is fi or sv, else en)")
    String language;

    @Override
    public int call(Path home) {
        String lang = language == null ? HomeSetup.languageOf(Locale.getDefault()) : language.toLowerCase(Locale.ROOT);
        HomeSetup.NewHome made = HomeSetup.init(folder == null ? home : folder, lang);
        // no Spring here, so no Words bean: the language just chosen is the one the marketer reads
        Words words = new Words(Locale.forLanguageTag(lang), ZoneId.systemDefault());
        System.out.println(words.text(made.settingsWritten() ? "init.made" : "init.updated", made.home()));
        System.out.println(words.text(made.settingsWritten() ? "init.settings.written" : "init.settings.kept", HomeSetup.SETTINGS));
        System.out.println(made.copied().isEmpty() ? words.text("init.shipped.there")
                : words.count("init.shipped.copied", made.copied().size()));
        System.out.println(words.text("init.next"));
        int step = 1;
        if (!made.home().equals(Path.of("").toAbsolutePath())) {
            System.out.println(words.text("init.step.cd", step++, made.home()));
        }
        System.out.println(words.text("init.step.edit", step++, HomeSetup.SETTINGS));
        System.out.println(words.text("init.step.import", step++));
        System.out.println(words.text("init.step.validate", step++));
        System.out.println(words.text("init.step.dry-run", step));
        return ExitCode.DONE;
    }
}
