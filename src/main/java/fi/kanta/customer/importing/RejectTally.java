package fi.kanta.customer.importing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Rejected rows of each running import, shared by its partitions. A partition's transaction sees
 * only its own uncommitted rejects, so counting in the database let three partitions with one bad
 * row each pass a limit of one; this tally sees every partition's rows at once. It starts from the
 * rejects committed before this execution (a resumed import), counted once.
 */
@Component
class RejectTally {

    private final Map<Long, AtomicLong> byExecution = new ConcurrentHashMap<>();

    /**
     * Starts an execution's tally from the rejects committed before it; only the first partition to
     * open does, and before any partition of the execution writes.
     */
    void start(long jobExecutionId, LongSupplier committedBefore) {
        byExecution.computeIfAbsent(jobExecutionId, id -> new AtomicLong(committedBefore.getAsLong()));
    }

    /** The import's rejected rows so far. */
    long current(long jobExecutionId) {
        return byExecution.get(jobExecutionId).get();
    }

    /** Adds a chunk's rejected rows and returns the import's total so far. */
    long add(long jobExecutionId, long rows) {
        return byExecution.get(jobExecutionId).addAndGet(rows);
    }

    /** Forgets an execution that ended. */
    void forget(long jobExecutionId) {
        byExecution.remove(jobExecutionId);
    }
}
