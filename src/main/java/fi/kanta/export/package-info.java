/**
 * Mailing lists to Excel and CSV at any size, safe to open. A list is columns
 * ({@link fi.kanta.export.ListColumn}: header and {@link fi.kanta.export.CellType}; the ones a
 * marketer may ask for are {@link fi.kanta.export.StandardColumn}) and rows streamed in one at a
 * time, so a JDBC result set feeds it without the list ever being in memory:
 *
 * <pre>{@code
 * List<ListColumn> columns = Stream.of("first_name", "postal_code", "clv_12m")
 *         .map(StandardColumn::byKey).map(StandardColumn::column).toList();
 * ListWriter writer = new XlsxListWriter("EUR");          // or CsvListWriter.semicolons()
 * try (OutputStream out = Files.newOutputStream(file);
 *      ListFile list = writer.open(out, ListDocument.titled("Win-back recipients"), columns)) {
 *     while (rows.next()) {                                 // a ResultSet, fetch size set
 *         list.add(rows.getString(1), rows.getString(2), rows.getBigDecimal(3));
 *     }
 *     ListSummary summary = list.finish();                  // rows, sheets, truncated cells
 * }
 * }</pre>
 *
 * <p>{@link fi.kanta.export.XlsxListWriter} streams with POI's SXSSF (typed cells, bold frozen
 * header, auto filter, widths from a sample, a new sheet past Excel's row limit, formula-looking
 * text quote-prefixed); {@link fi.kanta.export.CsvListWriter} writes UTF-8 with a BOM, comma or
 * semicolon, text a spreadsheet would run as a formula with a leading apostrophe (not plain phone
 * numbers or negative amounts; {@link fi.kanta.export.SpreadsheetText}).
 * Neither knows where rows come from: the commands bind each column to SQL.
 */
package fi.kanta.export;
