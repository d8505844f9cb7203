package fi.kanta.customer.importing;

/** The few lines an import prints when it ends. */
public final class ImportSummary {

    private ImportSummary() {
    }

    public static String of(ImportOutcome o) {
        String name = o.file().getFileName().toString();
        StringBuilder text = new StringBuilder();
        if (!o.ignored().isEmpty()) {
            text.append(name).append(": ignored columns (not known to a ").append(o.kind().label()).append(" import): ")
                    .append(String.join(", ", o.ignored())).append('\n');
        }
        o.warnings().forEach(warning -> text.append(name).append(": ").append(warning).append('\n'));
        if (o.attempt() > 1 && o.status() != ImportOutcome.Status.ALREADY_IMPORTED) {
            text.append(name).append(": imported before, with rejected rows; attempt ").append(o.attempt())
                    .append(" reads it again (rows already imported stay as they are)\n");
        }
        switch (o.status()) {
            case ALREADY_IMPORTED -> text.append(name).append(": already imported (the same file, byte for byte, with no row"
                    + " rejected); nothing to do");
            case IMPORTED -> text.append(String.format("%s: %,d %s rows read, %,d imported%s, %,d rejected in %.1f s (%,.0f rows/s)",
                    name, o.read(), o.kind().label(), o.imported(), o.kept() == 0 ? ""
                            : String.format(" (%,d with a value left out or corrected)", o.kept()),
                    o.rejected(), seconds(o), o.read() / seconds(o)));
            case FAILED -> text.append(String.format("%s: import FAILED after %,d rows: %s", name, o.read(), o.problem()));
        }
        if (o.nothingImported()) {
            text.append('\n').append(name).append(": nothing was imported: ").append(o.read() == 1 ? "its only row was rejected"
                    : String.format("all %,d rows were rejected", o.read()));
        }
        if (o.rejectReport() != null) {
            text.append('\n').append("Rejected rows, with line, column and reason: ").append(o.rejectReport());
        }
        if (o.warningReport() != null && o.status() != ImportOutcome.Status.ALREADY_IMPORTED) {
            text.append('\n').append("Rows imported with a value left out or corrected, with line, column and what was done: ")
                    .append(o.warningReport());
        }
        return text.toString();
    }

    private static double seconds(ImportOutcome o) {
        return Math.max(0.001, o.took().toMillis() / 1000.0);
    }
}
