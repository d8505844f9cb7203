package fi.kanta.customer.importing;

import fi.kanta.words.SaidError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How an import went.
 *
 * @param read         rows read by this run (a resumed import reads only what was left)
 * @param rejected     rows rejected by the import so far (across runs of the same file)
 * @param rejectReport the reject report, or null when nothing was rejected
 * @param problem      why the import failed, said in its reader's language, or null
 * @param ignored      header cells the import did not understand
 * @param warnings     what the user should know about rows that were imported (one line each)
 * @param attempt      the attempt at this file: the next after one that rejected rows (1 at first)
 * @param kept         rows imported without a bad value, or with one corrected (across runs of the same attempt)
 * @param warningReport the report of those values, or null when there were none
 */
public record ImportOutcome(ImportKind kind, Path file, Status status, long read, long rejected, Path rejectReport,
                            SaidError.Text problem, Duration took, List<String> ignored, List<SaidError.Part> warnings, int attempt,
                            long kept, Path warningReport) {

    /** The end of an import. */
    public enum Status { IMPORTED, ALREADY_IMPORTED, FAILED }

    /** False when the import failed, or when it read rows and imported none of them. */
    public boolean succeeded() {
        return status != Status.FAILED && !nothingImported();
    }

    /** True when the import read rows and rejected every one. */
    public boolean nothingImported() {
        return status == Status.IMPORTED && read > 0 && imported() == 0;
    }

    public long imported() {
        return Math.max(0, read - rejected);
    }
}
