package fi.kanta.definition;

import fi.kanta.UserError;
import java.nio.file.Path;

/**
 * A mistake in a file under {@code jobs/}: names the file, the line and the field, and says what
 * is allowed, e.g. {@code jobs/win-back.yml:12: selection.frequency-cap.days: expected a whole
 * number of days (1 or more), got "two"}.
 */
public class DefinitionError extends UserError {

    private final Path file;
    private final int line;
    private final String field;

    public DefinitionError(Path file, int line, String field, String problem) {
        super(where(file, line) + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** A mistake whose message is already written out whole (several mistakes, one a line). */
    protected DefinitionError(Path file, int line, String field, String message, boolean written) {
        super(message);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** Every mistake this error stands for, one a line: itself, or each of several found in one file. */
    public java.util.List<String> lines() {
        return getMessage().lines().toList();
    }

    private static String where(Path file, int line) {
        return file + (line > 0 ? ":" + line : "") + ": ";
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 when the whole file is meant. */
    public int line() {
        return line;
    }

    /** The field's path in the file, e.g. {@code segment.all[2].value}; empty for the file. */
    public String field() {
        return field;
    }
}
