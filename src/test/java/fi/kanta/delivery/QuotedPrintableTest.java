package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kanta's quoted-printable encoder: what Jakarta Mail decodes is the text that went in, in short 7-bit lines. */
class QuotedPrintableTest {

    static Stream<String> texts() {
        return Stream.of("", "plain", "a=b <td width=\"600\">", "trailing space \nand tab\t\r\nend ",
            "Äijälä öljy € 🎁 Σωκράτης Ёж", "line one\r\nline two\rline three\nline four\r\n",
            "x", "= at the very end=", ".leading dot\n.\n", "\u0000\u0001 controls \u007f",
            // a run of plain characters reaching the line's end, before and after an escaped one
            "a 76th column: " + "x".repeat(61) + "€ then " + "y".repeat(80) + " \t\nand=" + "z".repeat(73) + "🎁");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void decodesToTheSameTextInShortSevenBitLines(String text) throws Exception {
        byte[] encoded = QuotedPrintable.encode(text);

        String wire = new String(encoded, StandardCharsets.ISO_8859_1);
        assertThat(wire.chars()).allMatch(c -> c < 128);
        assertThat(wire.split("\r\n", -1)).allSatisfy(line -> {
            assertThat(line.length()).isLessThanOrEqualTo(76);
            assertThat(line).doesNotEndWith(" ").doesNotEndWith("\t").doesNotContain("\r").doesNotContain("\n");
        });
        try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
            String expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
            assertThat(new String(decoded.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void theSameBytesAsTheTextsUtf8WouldGiveEvenForALoneSurrogate() throws Exception {
        // what getBytes(UTF_8) makes of a lone surrogate: '?'; a pair is one character of four bytes
        String text = "half \uD83C pair \uD83C\uDF81 low \uDF81 end \uD83C";
        byte[] encoded = QuotedPrintable.encode(text);
        try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
            assertThat(decoded.readAllBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new String(encoded, StandardCharsets.US_ASCII)).isEqualTo("half ? pair =F0=9F=8E=81 low ? end ?");
    }

    @ParameterizedTest
    @ValueSource(ints = {75, 76, 77, 200, 5000})
    void longLinesAreSoftBroken(int length) throws Exception {
        String text = "ä".repeat(length / 3) + "a".repeat(length) + "=".repeat(length) + "€".repeat(length);
        byte[] encoded = QuotedPrintable.encode(text);
        try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
            assertThat(new String(decoded.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
        assertThat(new String(encoded, StandardCharsets.US_ASCII).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @Test
    void aShortTextAfterALongOneOnTheSameThreadIsOnlyItself() {
        // the encoder's room is used again by the thread's next text: nothing of the longer one may show
        QuotedPrintable.encode(("€ long picks block " + "x".repeat(90)).repeat(200));

        assertThat(new String(QuotedPrintable.encode("Hei Aino, 20 % pois"), StandardCharsets.US_ASCII))
                .isEqualTo("Hei Aino, 20 % pois");
        assertThat(QuotedPrintable.encode("")).isEmpty();
    }
}
