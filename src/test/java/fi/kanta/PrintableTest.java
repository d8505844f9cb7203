package fi.kanta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void lineBreaksTerminalEscapesAndBidiControlsBecomeVisibleEscapes() {
        assertThat(Printable.escape("a\r\nb\u001b[2Jc\u0000d\u007fe\u0085f\u2028g\u202eh\u2066i"))
                .isEqualTo("a\\r\\nb\\u001b[2Jc\\u0000d\\u007fe\\u0085f\\u2028g\\u202eh\\u2066i");
    }

    @Test
    void everythingElseStaysAsItIs() {
        String text = "Kenkä\tsöpö 😀 C:\\data\\x.csv \"quoted\" <b>";
        assertThat(Printable.escape(text)).isSameAs(text);
        assertThat(Printable.escape(null)).isNull();
    }
}
