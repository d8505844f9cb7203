package fi.kanta.cli;

import fi.kanta.home.HomeSetup;
import java.nio.file.Path;
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
        HomeSetup.NewHome made = HomeSetup.init(folder == null ? home : folder,
                language == null ? HomeSetup.languageOf(Locale.getDefault()) : language.toLowerCase(Locale.ROOT));
        System.out.println((made.settingsWritten() ? "Made a Kanta home in " : "Brought up to date the Kanta home in ") + made.home());
        System.out.println("  " + HomeSetup.SETTINGS + "      " + (made.settingsWritten()
                ? "the shop's settings: fill in the shop's name, address and public address"
                : "kept as it was"));
        System.out.println("  jobs/, templates/     the shipped campaigns: " + (made.copied().isEmpty() ? "all there already"
                : made.copied().size() + (made.copied().size() == 1 ? " file" : " files") + " copied") + " (an existing file is never overwritten)");
        System.out.println("Next:");
        int step = 1;
        if (!made.home().equals(Path.of("").toAbsolutePath())) {
            System.out.println("  " + step++ + ". cd " + made.home());
        }
        System.out.println("  " + step++ + ". edit " + HomeSetup.SETTINGS + " (the shop, the public address, the mail server)");
        System.out.println("  " + step++ + ". kanta import customers FILE   (then purchases, consents, suppressions: docs/importing.md)");
        System.out.println("  " + step++ + ". kanta validate");
        System.out.println("  " + step + ". kanta run win-back --dry-run");
        return ExitCode.DONE;
    }
}
