package fi.kanta.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listeners hear each message while they listen; a text of lines is told a line at a time, blank lines kept. */
class ProgressTest {

    @Test
    void aListenerHearsEachLineUntilItStops() {
        Progress progress = new Progress();
        List<String> heard = new ArrayList<>();

        try (Progress.Listening listening = progress.listen(heard::add)) {
            progress.message("one");
            progress.lines("two%nthree%n%nfour%n".formatted());
            progress.message("%,d rows", 1000);
        }
        progress.message("nobody listens: logged");

        assertThat(heard).containsExactly("one", "two", "three", "", "four", String.format("%,d rows", 1000));
    }
}
