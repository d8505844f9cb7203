package fi.kanta.customer.importing;

import fi.kanta.customer.ErasedPeople;
import fi.kanta.words.Words;

import fi.kanta.shop.ShopSettings;
import fi.kanta.sql.ImportDialect;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job: one chunk-oriented step that reads a file's rows, checks them and merges them
 * into the customer tables, identified by the kind and the file's SHA-256 (docs/architecture.md "Job identity").
 */
// no @Bean method here calls another, so no subclass of it has to be generated at every start
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String JOB = "importJob";
    static final String STEP = "importStep";

    @Bean
    Job importJob(JobRepository jobRepository, Step importStep, RejectReport rejectReport, StripeDeals stripeDeals,
                  RepeatedKeys repeatedKeys, SummaryAfterImport summary) {
        return new JobBuilder(JOB, jobRepository)
                .start(importStep)
                .listener(rejectReport)
                .listener(stripeDeals)
                .listener(repeatedKeys)
                .listener(summary)
                .build();
    }

    /** The file's rows dealt out in stripes to partitions, each imported by {@link #importRowsStep} in a thread of its own. */
    @Bean
    Step importStep(JobRepository jobRepository, Step importRowsStep, ImportSettings settings) {
        return new StepBuilder(STEP, jobRepository)
                .partitioner("importRowsStep", new RowStripes())
                .step(importRowsStep)
                .gridSize(settings.partitions())
                .taskExecutor(new SimpleAsyncTaskExecutor("import-"))
                .build();
    }

    @Bean
    Step importRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        SourceRowReader importRowsReader, ImportWriter<?> importRowsWriter,
                        ImportProgress importProgress, ImportSettings settings) {
        return new StepBuilder("importRowsStep", jobRepository)
                .<CheckedRow, CheckedRow>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(importRowsReader)
                .writer(importRowsWriter)
                .listener(importProgress)
                .build();
    }

    @Bean
    @StepScope
    SourceRowReader importRowsReader(@Value("#{jobParameters}") Map<String, Object> parameters,
                                     @Value("#{stepExecution}") StepExecution partition, StripeDeals deals,
                                     ImportDefinitions definitions, ImportSettings settings, ShopSettings shop,
                                     ErasedPeople erasedPeople, Words words)
            throws java.io.IOException {
        SourceFile source = sourceFile(parameters);
        Path path = source.path();
        // rows that carry no time of their own get the file's, so importing the same file again is idempotent
        LocalDateTime fileTime = LocalDateTime.ofInstant(Files.getLastModifiedTime(path).toInstant(), shop.timeZone())
                .withNano(0);
        ImportDefinition<?> definition = definitions.get((String) parameters.get("kind"));
        // stripes as long as chunks: a commit holds (mostly) one stripe
        return new SourceRowReader(source, definition, new RowChecker(definition, fileTime, parameters.containsKey(Importer.ERASE),
                new ErasedRows(erasedPeople.known(), words), words), settings.xlsx(),
                deals.of(partition.getJobExecution(), settings.chunkSize()));
    }

    /** The file as the import's parameters describe it (inspected once, before the import started). */
    private static SourceFile sourceFile(Map<String, Object> parameters) {
        return new SourceFile(Path.of((String) parameters.get("file")), (String) parameters.get("sha256"),
                SourceFile.Format.valueOf((String) parameters.get("format")), Charset.forName((String) parameters.get("charset")));
    }

    @Bean
    @StepScope
    ImportWriter<?> importRowsWriter(@Value("#{jobParameters['kind']}") String kind,
                                     @Value("#{jobParameters['maxRejects']}") Long maxRejects,
                                     @Value("#{stepExecution}") StepExecution stepExecution,
                                     ImportDefinitions definitions, JdbcTemplate jdbc, ImportDialect dialect, RejectTally rejectTally,
                                     RepeatedKeys repeatedKeys, Words words) {
        return new ImportWriter<>(definitions.get(kind), jdbc, dialect, stepExecution, maxRejects, rejectTally, repeatedKeys, words);
    }

    @Bean
    ImportDialect dialect(DataSource dataSource) {
        return ImportDialect.of(dataSource);
    }

    /** The import definitions by kind. */
    @Bean
    ImportDefinitions importDefinitions(List<ImportDefinition<?>> all) {
        return new ImportDefinitions(all.stream().collect(Collectors.toMap(d -> d.kind().name(), Function.identity())));
    }

    /** Import definitions by the kind named in the job parameters. */
    record ImportDefinitions(Map<String, ImportDefinition<?>> byKind) {
        ImportDefinition<?> get(String kind) {
            return byKind.get(kind);
        }
    }
}
