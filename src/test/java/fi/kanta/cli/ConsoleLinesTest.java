package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from files and servers reaches the terminal with its control characters escaped, its lines kept. */
class ConsoleLinesTest {

    @Test
    void controlCharactersAreEscapedAndLineBreaksKept() {
        String fromAFile = "Anna\u001b[2J\u0007 Virtanen\r\nsecond line\u202e";

        assertThat(ConsoleLines.printable(fromAFile))
                .isEqualTo("Anna\\u001b[2J\\u0007 Virtanen" + System.lineSeparator() + "second line\\u202e");
    }
}
