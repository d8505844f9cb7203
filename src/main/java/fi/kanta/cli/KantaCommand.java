package fi.kanta.cli;

import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;

/**
 * A {@code kanta} subcommand. Picocli fills its options first, so usage errors are reported
 * before Spring starts; {@link #check()} then catches what is wrong with the arguments (a
 * missing file) and {@link #call} does the work inside the started application.
 */
public interface KantaCommand {

    /** Throws {@link fi.kanta.UserError} when the arguments cannot work; runs before Spring starts. */
    default void check() {
    }

    /**
     * Runs before Spring starts, before the home is checked: a command that makes its own home
     * (the demo's) does it here, so that the application reads its settings. {@code settings} are
     * the command line's Spring settings ({@code --kanta.shop.language=fi}).
     */
    default void prepare(Path home, java.util.List<String> settings) {
    }

    /** The application the command runs in: a finite command needs no web server ({@code serve} does). */
    default WebApplicationType webApplicationType() {
        return WebApplicationType.NONE;
    }

    /**
     * A command that reads and answers in seconds: its application makes each part when it is first
     * used, so start-up skips the jobs, mailers and pages it never touches.
     */
    default boolean quick() {
        return false;
    }

    /** Does the command's work; returns the exit code (0 done, 1 failed). */
    int call(ApplicationContext context) throws Exception;
}
