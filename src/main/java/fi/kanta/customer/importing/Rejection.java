package fi.kanta.customer.importing;

/** Why a source row was not imported: where (line, column as named in the file), what, and why. */
public record Rejection(long line, String column, String value, String reason) {
}
