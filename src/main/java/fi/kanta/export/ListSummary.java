package fi.kanta.export;

/**
 * What a finished list file holds: data rows (the header not counted), sheets (1 for CSV), and
 * text cells cut to Excel's limit of 32,767 characters (always 0 for CSV, which has no limit).
 */
public record ListSummary(long rows, int sheets, long truncatedCells) {
}
