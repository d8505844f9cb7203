package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kanta's quoted-printable encoder: what Jakarta Mail decodes is the text that went in, in short 7-bit lines. */
class QuotedPrintableTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a=b <td width=\"600\">", "trailing space \nand tab\t\r\nend ",
            "Äijälä öljy € 🎁 Σωκράτης Ёж", "line one\r\nline two\rline three\nline four\r\n",
            "x", "= at the very end=", ".leading dot\n.\n", "\u0000\u0001 controls \u007f"})
    void decodesToTheSameTextInShortSevenBitLines(String text) throws Exception {
        byte[] encoded = QuotedPrintable.encode(text.getBytes(StandardCharsets.UTF_8));

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

    @ParameterizedTest
    @ValueSource(ints = {75, 76, 77, 200, 5000})
    void longLinesAreSoftBroken(int length) throws Exception {
        String text = "ä".repeat(length / 3) + "a".repeat(length) + "=".repeat(length) + "€".repeat(length);
        byte[] encoded = QuotedPrintable.encode(text.getBytes(StandardCharsets.UTF_8));
        try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
            assertThat(new String(decoded.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
        assertThat(new String(encoded, StandardCharsets.US_ASCII).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @Test
    void aShortTextAfterALongOneOnTheSameThreadIsOnlyItself() {
        // the encoder's room is used again by the thread's next text: nothing of the longer one may show
        QuotedPrintable.encode(("€ long picks block " + "x".repeat(90)).repeat(200).getBytes(StandardCharsets.UTF_8));

        assertThat(new String(QuotedPrintable.encode("Hei Aino, 20 % pois".getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII))
                .isEqualTo("Hei Aino, 20 % pois");
        assertThat(QuotedPrintable.encode(new byte[0])).isEmpty();
    }
}
