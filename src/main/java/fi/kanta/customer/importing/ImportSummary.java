package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import java.time.ZoneId;

/** The few lines an import prints when it ends, in the marketer's language. */
public final class ImportSummary {

    private ImportSummary() {
    }

    /** In English: for the log and the demo, which have no marketer to answer. */
    public static String of(ImportOutcome o) {
        return of(o, Words.english(ZoneId.systemDefault()));
    }

    public static String of(ImportOutcome o, Words words) {
        String name = o.file().getFileName().toString();
        String kind = words.textOr("import.kind." + o.kind().label(), o.kind().label());
        StringBuilder text = new StringBuilder();
        if (!o.ignored().isEmpty()) {
            text.append(words.text("import.ignored", name, kind, String.join(", ", o.ignored()))).append('\n');
        }
        o.warnings().forEach(warning -> text.append(name).append(": ").append(warning.said(words)).append('\n'));
        if (o.attempt() > 1 && o.status() != ImportOutcome.Status.ALREADY_IMPORTED) {
            text.append(words.text("import.attempt", name, o.attempt())).append('\n');
        }
        switch (o.status()) {
            case ALREADY_IMPORTED -> text.append(words.text("import.already", name));
            // the rows read twice: English says "2 customers rows read", Finnish and Swedish "1 rivi", "2 riviä"
            case IMPORTED -> text.append(words.text("import.done", name, o.read(), kind, o.imported(),
                    o.kept() == 0 ? "" : words.text("import.kept", o.kept()), o.rejected(), words.decimal(seconds(o), 1),
                    words.decimal(o.read() / seconds(o), 0), words.count("count.rows", o.read())));
            case FAILED -> text.append(words.text("import.failed", name, o.read(), o.problem().said(words)));
        }
        if (o.nothingImported()) {
            text.append('\n').append(words.count("import.nothing", o.read(), name));
        }
        if (o.rejectReport() != null) {
            text.append('\n').append(words.text("import.rejects", o.rejectReport()));
        }
        if (o.warningReport() != null && o.status() != ImportOutcome.Status.ALREADY_IMPORTED) {
            text.append('\n').append(words.text("import.warnings", o.warningReport()));
        }
        return text.toString();
    }

    private static double seconds(ImportOutcome o) {
        return Math.max(0.001, o.took().toMillis() / 1000.0);
    }
}
