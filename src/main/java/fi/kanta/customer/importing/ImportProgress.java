package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import fi.kanta.progress.Progress;
import java.time.Duration;
import java.time.Instant;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells a progress line (rows, rejects, rate) every few seconds while a long import runs. */
@Component
class ImportProgress implements StepExecutionListener, ChunkListener<CheckedRow, CheckedRow> {

    private static final Duration EVERY = Duration.ofSeconds(3);

    private final Progress progress;
    private final JdbcTemplate jdbc;
    private final ThreadLocal<StepExecution> step = new ThreadLocal<>();
    private final ThreadLocal<Instant> lastPrinted = new ThreadLocal<>();

    private final Words words;

    ImportProgress(Progress progress, JdbcTemplate jdbc, Words words) {
        this.words = words;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step.set(stepExecution);
        lastPrinted.set(Instant.now());
    }

    @Override
    public void afterChunk(Chunk<CheckedRow> chunk) {
        StepExecution execution = step.get();
        if (execution == null || Duration.between(lastPrinted.get(), Instant.now()).compareTo(EVERY) < 0) {
            return;
        }
        lastPrinted.set(Instant.now());
        long read = execution.getReadCount();
        long rejected = ImportWriter.rejectedRows(jdbc, execution.getJobExecution().getJobInstance().getInstanceId());
        double seconds = Math.max(0.001, Duration.between(execution.getStartTime(), java.time.LocalDateTime.now()).toMillis() / 1000.0);
        String partition = execution.getStepName().contains(":") ? execution.getStepName().replaceAll(".*:", "") + ": " : "";
        progress.message(words.text("import.progress", partition, read, rejected, Math.round(read / seconds)));
        progress.progress("import", read, rejected, 0);
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        step.remove();
        lastPrinted.remove();
        return null;
    }
}
