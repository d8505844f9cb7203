package fi.kanta.customer.importing;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The rows of one worksheet, pulled from its XML with StAX one {@code <row>} at a time, so only
 * the current row is ever in memory. Everything outside {@code <sheetData>} is skipped.
 * Anything beyond what Excel itself can hold (columns past XFD, rows past 1,048,576, a cell of
 * more than 32,767 characters) refuses the file: no real workbook has it, and a hostile one
 * would otherwise make a row as large as the heap.
 */
final class XlsxSheetRows implements AutoCloseable {

    static final int MAX_COLUMNS = 16_384; // XFD
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_CELL_CHARS = 32_767;
    /** No real row comes near this; it bounds a row of 16,384 cells of 32,767 characters. */
    static final int MAX_ROW_CHARS = 1 << 22;

    private final String file;
    private final XMLStreamReader xml;
    private final XlsxCellText cells;
    private long lastRow;
    private boolean inSheetData;
    private boolean done;

    XlsxSheetRows(String file, InputStream sheet, XlsxCellText cells) throws XMLStreamException {
        this.file = file;
        this.cells = cells;
        // POI's factory: no DTDs, no external entities. A DOCTYPE is still reported (as an event),
        // and an .xlsx never has one, so it is refused below rather than half-processed.
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD) {
                throw refuse("import.file.doctype");
            }
        }
    }

    /** The next row with a non-blank cell, or null after the last row. */
    RowSource.RawRow next() throws XMLStreamException {
        while (!done && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (inSheetData && name.equals("row")) {
                    RowSource.RawRow row = readRow();
                    if (row != null) {
                        return row;
                    }
                } else if (name.equals("sheetData")) {
                    inSheetData = true;
                } else {
                    skipElement(); // sheetPr, cols, …: nothing the import needs
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                done = true; // what follows (merged cells, page setup) is not data
            }
        }
        done = true;
        return null;
    }

    /** Reads up to {@code </row>}; null when every cell is blank. */
    private RowSource.RawRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long line = r == null ? lastRow + 1 : rowNumber(r);
        if (line > MAX_ROWS) {
            throw refuse("import.sheet.row-beyond", line, MAX_ROWS);
        }
        lastRow = line;
        String[] texts = new String[8];
        int width = 0;
        int column = 0;
        long chars = 0;
        boolean blank = true;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xml.getLocalName().equals("c")) {
                skipElement();
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            column = ref == null ? column : columnIndex(ref, line);
            if (column >= MAX_COLUMNS) {
                throw refuse("import.sheet.row-cell-beyond", line);
            }
            String cell = ref == null ? columnName(column) + line : ref;
            String text = readCell(cell);
            chars += text.length();
            if (chars > MAX_ROW_CHARS) {
                throw refuse("import.sheet.row-too-long", line, MAX_ROW_CHARS);
            }
            if (column >= texts.length) {
                texts = Arrays.copyOf(texts, Math.min(MAX_COLUMNS, Math.max(column + 1, texts.length * 2)));
            }
            texts[column] = text;
            width = Math.max(width, column + 1);
            blank &= text.isBlank();
            column++;
        }
        if (blank) {
            return null;
        }
        String[] row = Arrays.copyOf(texts, width);
        for (int i = 0; i < width; i++) {
            if (row[i] == null) {
                row[i] = ""; // a gap: a cell the file does not have
            }
        }
        return new RowSource.RawRow(line, row);
    }

    /** Reads a {@code <c>} up to {@code </c>}: its {@code <v>} or inline {@code <is>}; a formula is skipped. */
    private String readCell(String cell) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = readText(new StringBuilder(), cell).toString();
                case "is" -> value = readInlineString(cell);
                default -> skipElement(); // <f>, <extLst>
            }
        }
        try {
            return cells.text(type, style, value);
        } catch (IllegalArgumentException e) {
            throw refuse("import.sheet.cell-bad", cell, e.getMessage());
        }
    }

    /** {@code <is><t>…</t></is>} or rich text {@code <is><r><t>…</t></r>…</is>}; phonetic runs are left out. */
    private String readInlineString(String cell) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "t" -> readText(text, cell);
                    case "r" -> depth++;
                    default -> skipElement(); // rPh, rPr, phoneticPr
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    /** Appends the text up to the current element's end, refusing a cell longer than Excel allows. */
    private StringBuilder readText(StringBuilder text, String cell) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                skipElement();
            } else if (xml.hasText()) {
                // the parser hands long texts over in pieces, so the limit holds before the text is whole
                if (text.length() + xml.getTextLength() > MAX_CELL_CHARS) {
                    throw refuse("import.sheet.cell-too-long", cell, MAX_CELL_CHARS);
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
    }

    /** Skips the element just started, with everything in it. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private long rowNumber(String r) {
        String digits = r.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            throw refuse("import.sheet.row-number", shorten(r), lastRow, MAX_ROWS);
        }
        long line = Long.parseLong(digits);
        if (line < 1) {
            throw refuse("import.sheet.row-number", shorten(r), lastRow, MAX_ROWS);
        }
        return line;
    }

    /** The 0-based column of a reference like {@code C17}; past XFD gives MAX_COLUMNS or more. */
    private int columnIndex(String ref, long line) {
        int i = 0;
        int column = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && ref.charAt(i) < 128) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (column > MAX_COLUMNS) {
                throw refuse("import.sheet.cell-column-beyond", shorten(ref), line);
            }
        }
        String digits = ref.substring(i);
        if (i == 0 || !digits.chars().allMatch(Character::isDigit)) {
            throw refuse("import.sheet.cell-reference", shorten(ref), line);
        }
        if (digits.length() > 7 || (!digits.isEmpty() && Long.parseLong(digits) > MAX_ROWS)) {
            throw refuse("import.sheet.cell-row-beyond", shorten(ref), MAX_ROWS);
        }
        return column - 1;
    }

    /** A 0-based column as Excel names it: 0 is A, 26 is AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** The row number of the row read last (0 before the first): where a problem was met. */
    long lastRow() {
        return lastRow;
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /**
     * The sheet refused with the text {@code key}, the file first among its values; numbers as Excel
     * shows row numbers (1048577, not 1 048 577), which the marketer looks for in the sheet.
     */
    private ImportFileException refuse(String key, Object... values) {
        Object[] args = new Object[values.length + 1];
        args[0] = file;
        for (int i = 0; i < values.length; i++) {
            args[i + 1] = String.valueOf(values[i]);
        }
        return ImportFileException.refused(key, args);
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
