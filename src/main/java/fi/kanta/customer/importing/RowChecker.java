package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** Checks each source row against its import's columns: the item, or every reason to reject it. */
final class RowChecker {

    private final ImportDefinition<?> definition;
    private final LocalDateTime fileTime;
    private final boolean erasures;
    private final ErasedRows erased;
    private final Words words;
    /** How many rows so far had each value of the definition's numbering column (see {@link ImportDefinition#numberedBy}). */
    private final Map<String, Integer> seen = new HashMap<>();
    private Header numberingFor;
    private Column numberedBy;

    RowChecker(ImportDefinition<?> definition, LocalDateTime fileTime, boolean erasures, ErasedRows erased, Words words) {
        this.words = words;
        this.definition = definition;
        this.fileTime = fileTime;
        this.erasures = erasures;
        this.erased = erased;
    }

    CheckedRow check(SourceRow row) {
        RowCheck check = new RowCheck(row, fileTime, erasures, erased, words, count(row));
        Object item = definition.read(check);
        return check.result(item);
    }

    /**
     * A row this checker does not check (another partition's, or one committed before a resume):
     * counted all the same, so a row's number in the file never depends on who checks it.
     */
    void pass(SourceRow row) {
        count(row);
    }

    /** The row's place among the file's rows with the same value of the numbering column, from 1; 0 when not numbered. */
    private int count(SourceRow row) {
        if (numberingFor != row.header()) {
            numberingFor = row.header();
            numberedBy = definition.numberedBy(row.header());
        }
        String value = numberedBy == null ? null : row.text(numberedBy);
        return value == null ? 0 : seen.merge(value, 1, Integer::sum);
    }
}
