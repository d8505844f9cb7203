package fi.kanta.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.kanta.TemporaryHome;
import fi.kanta.TestCampaigns;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.progress.Progress;
import fi.kanta.progress.ProgressListener;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.run.RunStates;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's run services on a real HSQLDB file database, emails written as .eml files: a
 * console launch and a command-line launch of the same campaign and week make one run; a stop
 * ends the run cleanly between windows and a resume sends the rest, each message once; the page's
 * progress and downloads say what the outbox holds; a resume of a run still going is refused in the
 * language of whoever asked.
 */
@SpringBootTest
class ConsoleRunsTest extends TemporaryHome {

    static final String CAMPAIGN = "console-test";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RunsInBackground launches;

    @Autowired
    CampaignRuns runs;

    @Autowired
    RunStates states;

    @Autowired
    RunWatch watch;

    @Autowired
    RunDownloads downloads;

    @Autowired
    CampaignBoard board;

    @Autowired
    Progress progress;

    @DynamicPropertySource
    static void smallWindows(DynamicPropertyRegistry registry) {
        registry.add("kanta.campaign.claim-batch", () -> "5");
    }

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        org.springframework.util.FileSystemUtils.deleteRecursively(homeFolder.resolve("out")); // each test counts its own .eml files
        TestCampaigns.define(homeFolder, CAMPAIGN, TestCampaigns.SPRING.replace("name: spring", "name: " + CAMPAIGN));
        TestShop shop = new TestShop(jdbc);
        for (int i = 1; i <= 60; i++) {
            shop.consent(shop.customer("c" + i, "c" + i + "@example.fi"), "email", true);
        }
    }

    @Test
    void aConsoleLaunchAndACommandLineLaunchOfTheSameWeekMakeOneRun() throws Exception {
        String runKey = launches.runKeyNow(CAMPAIGN);
        CompletableFuture<Launch> commandLine = CompletableFuture.supplyAsync(() -> runs.launchNow(CAMPAIGN, null, false));
        String run = launches.launch(CAMPAIGN);
        Launch fromTerminal = commandLine.get();
        RunProgress done = until(run, runKey);

        assertThat(run).isEqualTo(CAMPAIGN + "/" + runKey);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i"
                + " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'campaignJob'", Long.class)).isEqualTo(1);
        Launch.Status console = done.ending().orElseThrow().status().orElseThrow();
        assertThat(java.util.List.of(fromTerminal.status(), console)).containsOnlyOnce(Launch.Status.DONE);
        assertThat(done.state().orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(done.sent()).isEqualTo(done.total()).isPositive();
        assertThat(done.holdout()).isPositive();
        assertThat(emails(runKey)).isEqualTo(done.total());
    }

    @Test
    void aStopEndsTheRunBetweenWindowsAndAResumeSendsTheRestOnce() throws Exception {
        String runKey = launches.runKeyNow(CAMPAIGN);
        AtomicBoolean asked = new AtomicBoolean();
        ProgressListener stopper = new ProgressListener() {
            @Override
            public void message(String line) {
            }

            @Override
            public void progress(String work, long sent, long failed, long total) {
                if ("emails".equals(work) && sent > 0 && asked.compareAndSet(false, true)) {
                    assertThat(states.stop(CAMPAIGN, runKey)).isTrue();
                }
            }
        };
        try (Progress.Listening listening = progress.listen(stopper)) {
            runs.launchNow(CAMPAIGN, null, false);
        }
        RunProgress stopped = watch.of(CAMPAIGN, runKey);
        assertThat(stopped.state().orElseThrow().status()).isEqualTo("STOPPED");
        assertThat(stopped.state().get().resumable()).isTrue();
        assertThat(stopped.claimed()).isZero();
        // the one window in flight (five rankings, holdout among them) was sent, nothing after it
        assertThat(stopped.sent()).isBetween(1L, 5L);
        assertThat(stopped.pending()).isEqualTo(stopped.total() - stopped.sent());

        launches.resume(CAMPAIGN, runKey);
        RunProgress done = until(CAMPAIGN + "/" + runKey, runKey);
        assertThat(done.state().orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(done.sent()).isEqualTo(done.total());
        assertThat(emails(runKey)).isEqualTo(done.total());
        assertThat(TestDatabase.recipientStatuses(jdbc)).containsOnlyKeys("SENT", "HOLDOUT");
    }

    @Test
    void aResumeOfARunStillGoingIsRefusedInTheLanguageOfWhoeverAsked() {
        String runKey = launches.runKeyNow(CAMPAIGN);
        String run = CAMPAIGN + "/" + runKey;
        AtomicReference<SaidError> refused = new AtomicReference<>();
        ProgressListener resumer = new ProgressListener() {
            @Override
            public void message(String line) {
            }

            @Override
            public void progress(String work, long sent, long failed, long total) {
                if ("emails".equals(work) && sent > 0 && refused.get() == null) {
                    // the run is sending in this live process: a resume leaves it alone
                    refused.set(catchThrowableOfType(SaidError.class, () -> runs.resume(run, LocalDateTime.now())));
                }
            }
        };
        try (Progress.Listening listening = progress.listen(resumer)) {
            runs.launchNow(CAMPAIGN, null, false);
        }

        // the shop speaks English here; the console's user may speak Finnish or Swedish
        assertThat(refused.get().getMessage()).startsWith(run + " is still running in process ").endsWith("; it is left alone");
        assertThat(refused.get().said(new Words(Locale.forLanguageTag("fi"), ZoneOffset.UTC)))
                .startsWith(run + " on yhä käynnissä prosessissa ").endsWith("; sitä ei kosketa");
        assertThat(refused.get().said(new Words(Locale.forLanguageTag("sv"), ZoneOffset.UTC)))
                .startsWith(run + " körs fortfarande i process ").endsWith("; den lämnas i fred");
        assertThat(watch.of(CAMPAIGN, runKey).state().orElseThrow().status()).isEqualTo("COMPLETED");
    }

    @Test
    void aRunRefusedOutsideTheConsoleShowsItsRefusalOnTheRunPage() throws IOException {
        String runKey = launches.runKeyNow(CAMPAIGN);
        Files.delete(homeFolder.resolve("templates/win-back/email.html"));

        runs.launchNow(CAMPAIGN, null, false); // as the command line or a schedule launches it

        // the refusal as the shop says it (English here), not the exception's class and trace
        assertThat(watch.of(CAMPAIGN, runKey).state().orElseThrow().exitMessage()).isEqualTo("templates/win-back/ has no"
                + " email.html + email.txt for the email channel of " + CAMPAIGN + "/" + runKey);
    }

    @Test
    void theRecipientsWorkbookAndTheSummaryReportCarryWhatTheyShould() throws Exception {
        String runKey = launches.runKeyNow(CAMPAIGN);
        runs.launchNow(CAMPAIGN, null, false);
        Map<String, Long> statuses = TestDatabase.recipientStatuses(jdbc);

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(downloads.recipients(CAMPAIGN, runKey)))) {
            Sheet first = book.getSheetAt(0);
            assertThat(first.getLastRowNum()).isEqualTo(statuses.get("SENT").intValue()); // a header, then one row each
        }
        try (XSSFWorkbook summary = new XSSFWorkbook(Files.newInputStream(downloads.reportSummary(CAMPAIGN, runKey)))) {
            assertThat(summary.getNumberOfSheets()).isEqualTo(1);
            assertThat(summary.getSheetName(0)).isEqualTo("Summary");
        }
        try (XSSFWorkbook full = new XSSFWorkbook(Files.newInputStream(downloads.report(CAMPAIGN, runKey)))) {
            assertThat(full.getNumberOfSheets()).isGreaterThan(1);
        }
        assertThat(board.page(CAMPAIGN).lastRuns()).extracting(RunStates.RunState::runKey).containsExactly(runKey);
    }

    /** Waits until the console's launch of the run has ended (the run ends with it), then its progress. */
    private RunProgress until(String run, String runKey) throws InterruptedException {
        while (launches.ending(run).map(RunsInBackground.Ending::going).orElse(true)) {
            Thread.sleep(50);
        }
        return watch.of(CAMPAIGN, runKey);
    }

    private long emails(String runKey) throws IOException {
        try (Stream<Path> files = Files.list(homeFolder.resolve("out").resolve(CAMPAIGN).resolve(runKey).resolve("emails"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).count();
        }
    }
}
