package fi.kanta.customer.importing;

import fi.kanta.words.Words;
import fi.kanta.ProcessOwner;
import fi.kanta.UserError;
import fi.kanta.progress.Progress;
import fi.kanta.words.SaidError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports one file: checks it and its header before anything starts, then runs the import job
 * for (kind, SHA-256, attempt). The same file again is "already imported", or, when the last attempt
 * rejected rows, the next attempt; a file whose import failed is resumed where it stopped; a fixed
 * file is a new import from line 1.
 */
@Service
public class Importer {

    /** Job parameters: the attempt at a file (from the second on), and whether erasures are taken from it. */
    static final String ATTEMPT = "attempt";
    static final String ERASE = "erase";

    private final JobOperator jobOperator;
    private final Job importJob;
    private final ImportJobConfiguration.ImportDefinitions definitions;
    private final ImportSettings settings;
    private final RejectReport rejectReport;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final Progress progress;
    private final fi.kanta.shop.ShopSettings shop;

    Importer(JobOperator jobOperator, Job importJob, ImportJobConfiguration.ImportDefinitions definitions,
             ImportSettings settings, RejectReport rejectReport, JobRepository jobRepository, JdbcTemplate jdbc, Progress progress,
             fi.kanta.shop.ShopSettings shop) {
        this.shop = shop;
        this.jobOperator = jobOperator;
        this.progress = progress;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.importJob = importJob;
        this.definitions = definitions;
        this.settings = settings;
        this.rejectReport = rejectReport;
    }

    /** Imports the file; {@code maxRejects} null means the configured limit. */
    public ImportOutcome importFile(ImportKind kind, Path file, Long maxRejects) {
        return importFile(kind, file, maxRejects, false);
    }

    /**
     * Imports the file; {@code maxRejects} null means the configured limit; {@code erase}: a
     * suppression whose reason is an erasure is taken as one (otherwise as an unsubscribe).
     */
    public ImportOutcome importFile(ImportKind kind, Path file, Long maxRejects, boolean erase) {
        SourceFile source = SourceFile.inspect(file.toAbsolutePath());
        List<String> ignored = checkHeader(kind, source);
        long limit = maxRejects == null ? settings.maxRejects() : maxRejects;
        int attempt = attempt(kind, source, erase);
        JobParameters parameters = parameters(kind, source, erase, attempt)
                .addString("file", source.path().toString(), false)
                .addString("format", source.format().name(), false)
                .addString("charset", source.charset().name(), false)
                .addLong("maxRejects", limit, false)
                .addString("owner", ProcessOwner.current().toString(), false)
                .toJobParameters();
        recoverIfInterrupted(parameters, file);
        Path report = rejectReport.location(kind, source.sha256());
        Path warningReport = rejectReport.warningsLocation(kind, source.sha256());
        JobExecution execution;
        try {
            execution = jobOperator.start(importJob, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new ImportOutcome(kind, file, ImportOutcome.Status.ALREADY_IMPORTED, 0, 0,
                    Files.exists(report) ? report : null, null, Duration.ZERO, ignored, List.of(), attempt, 0,
                    Files.exists(warningReport) ? warningReport : null);
        } catch (Exception e) {
            throw new SaidError(e, "import.cannot-start", file, e.getMessage());
        }
        // the partitioned step's own execution sums its partitions' counts
        long read = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(ImportJobConfiguration.STEP))
                .mapToLong(StepExecution::getReadCount).sum()
                // rows after the one that passed the reject limit were read but not written: a resume reads them
                - execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("importRowsStep:"))
                .mapToLong(s -> s.getExecutionContext().getLong(ImportWriter.UNWRITTEN, 0)).sum();
        long importId = execution.getJobInstance().getInstanceId();
        long rejected = ImportWriter.rejectedRows(jdbc, importId);
        boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        return new ImportOutcome(kind, file, ok ? ImportOutcome.Status.IMPORTED : ImportOutcome.Status.FAILED, read, rejected,
                Files.exists(report) ? report : null, ok ? null : problem(execution, limit), took, ignored,
                warnings(source, execution), attempt, ImportWriter.keptRows(jdbc, importId),
                Files.exists(warningReport) ? warningReport : null);
    }

    /**
     * Which attempt at the file this import is. An attempt that completed with rejected rows is
     * followed by the next one, which reads the whole file again (upserts leave imported rows as
     * they are), so importing the same file again retries its rejected rows, e.g. purchases whose
     * customers were imported since. One that completed without rejects is the last ("already
     * imported"), unless someone was erased after it: then the file is read again, so its rows
     * about the erased are rejected and said so (docs/architecture.md "Erasure"); one that failed
     * or was interrupted is resumed.
     */
    private int attempt(ImportKind kind, SourceFile source, boolean erase) {
        int attempt = 1;
        JobExecution last = jobRepository.getLastJobExecution(ImportJobConfiguration.JOB,
                parameters(kind, source, erase, attempt).toJobParameters());
        java.time.LocalDateTime lastErasure = jdbc.queryForObject("SELECT MAX(erased_at) FROM erasure", java.time.LocalDateTime.class);
        while (last != null && last.getStatus() == BatchStatus.COMPLETED
                && (ImportWriter.rejectedRows(jdbc, last.getJobInstance().getInstanceId()) > 0
                    || erasedSince(last, lastErasure))) {
            attempt++;
            last = jobRepository.getLastJobExecution(ImportJobConfiguration.JOB,
                    parameters(kind, source, erase, attempt).toJobParameters());
        }
        return attempt;
    }

    /** Whether an erasure (its time in the shop's zone) came after the import ended (the job repository's time, the JVM's zone). */
    private boolean erasedSince(JobExecution execution, java.time.LocalDateTime lastErasure) {
        return lastErasure != null && execution.getEndTime() != null
                && lastErasure.atZone(shop.timeZone()).toInstant().isAfter(execution.getEndTime().atZone(java.time.ZoneId.systemDefault()).toInstant());
    }

    /**
     * What identifies an import: the kind and the file's SHA-256, and from the second attempt on its
     * number; with {@code --erase} that too (the first attempt's parameters are those of imports
     * from before attempts were counted, so their imports are still found).
     */
    private static JobParametersBuilder parameters(ImportKind kind, SourceFile source, boolean erase, int attempt) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString("kind", kind.name(), true)
                .addString("sha256", source.sha256(), true);
        if (attempt > 1) {
            parameters.addLong(ATTEMPT, (long) attempt, true);
        }
        if (erase) {
            parameters.addString(ERASE, "yes", true);
        }
        return parameters;
    }

    /** The file's encoding when it was not plain UTF-8, and the rows imported although values were missing. */
    private static List<SaidError.Part> warnings(SourceFile source, JobExecution execution) {
        List<SaidError.Part> warnings = new java.util.ArrayList<>();
        if (source.encodingNote() != null) {
            warnings.add(source.encodingNote());
        }
        List<StepExecution> partitions = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("importRowsStep:")).toList();
        long shortRows = partitions.stream().mapToLong(s -> s.getExecutionContext().getLong(ImportWriter.SHORT_ROWS, 0)).sum();
        if (shortRows > 0) {
            long first = partitions.stream().map(StepExecution::getExecutionContext)
                    .filter(c -> c.containsKey(ImportWriter.FIRST_SHORT_LINE))
                    .mapToLong(c -> c.getLong(ImportWriter.FIRST_SHORT_LINE)).min().orElse(0);
            warnings.add(new SaidError.Part(shortRows == 1 ? "import.short-rows.one" : "import.short-rows.many", shortRows,
                    String.valueOf(first)));
        }
        return warnings;
    }

    /**
     * An import of this file left STARTED by a process that was killed (kill -9, a power cut)
     * would block every later attempt; when its process is surely gone it is marked failed, so
     * that this run resumes it. One still running elsewhere is a clear error.
     */
    private void recoverIfInterrupted(JobParameters parameters, Path file) {
        JobExecution last = jobRepository.getLastJobExecution(ImportJobConfiguration.JOB, parameters);
        if (last == null || !last.getStatus().isRunning()) {
            return;
        }
        ProcessOwner owner = ProcessOwner.parse(last.getJobParameters().getString("owner")).orElse(null);
        LocalDateTime started = last.getStartTime() != null ? last.getStartTime() : last.getCreateTime();
        if (owner == null || !owner.isGone(started)) {
            throw new SaidError("import.in-progress", file, String.valueOf(owner), started.withNano(0).toString());
        }
        progress.message(new Words(shop).text("import.resuming", file.getFileName(), started.withNano(0).toString(), String.valueOf(owner)));
        jobOperator.recover(last);
    }

    /** Opens the file and resolves its header, so a wrong file fails at once with a clear message. */
    private List<String> checkHeader(ImportKind kind, SourceFile source) {
        try (RowSource rows = RowSources.open(source, settings.xlsx())) {
            return Header.resolve(source.path().getFileName().toString(), rows.header(), definitions.get(kind.name()).columns())
                    .ignored();
        } catch (IOException e) {
            throw ImportFileException.refused(e, "import.file.cannot-read", source.path(), e.getMessage());
        }
    }

    /** Why the import failed, said in whoever reads it's language (the command line's marketer, the console's user). */
    private static SaidError.Text problem(JobExecution execution, long limit) {
        if (RejectReport.stoppedForRejects(execution)) {
            return new SaidError.Part("import.stopped-for-rejects", limit);
        }
        Optional<UserError> refusal = UserError.firstAmong(execution.getAllFailureExceptions(), UserError.class);
        if (refusal.isPresent()) {
            return words -> SaidError.said(refusal.get(), words);
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (first == null) {
            return new SaidError.Part("import.ended", execution.getStatus().name());
        }
        Throwable root = first;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new SaidError.Part("import.failed-unexpectedly", root.getMessage());
    }
}
