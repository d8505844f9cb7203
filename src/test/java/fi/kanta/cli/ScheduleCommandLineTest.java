package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.ChildJvm;
import fi.kanta.CommandLines;
import fi.kanta.KantaApplication;
import fi.kanta.TestCampaigns;
import fi.kanta.TestClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Schedules that never surprise, through the real command line: the weekly newsletter moved from
 * Monday to Thursday 15:30 on a Sunday, after that week's Thursday has passed and with no run that
 * week. {@code kanta schedule} says it will not be sent and why (the definition was edited after its
 * time), {@code kanta serve} prints the same before its first round, and that round sends nothing.
 * Without the edit, a time a little while ago is still sent, and one days ago is not.
 */
class ScheduleCommandLineTest extends InAHome {

    static final String SUNDAY_BEFORE_THE_EDIT = "2026-12-06T10:00:00+02:00";
    static final String SUNDAY_EDITED = "2026-12-06T10:12:00+02:00";
    static final String SUNDAY_AFTER_THE_EDIT = "2026-12-06T10:14:00+02:00";
    // 10:15 in Helsinki, as a machine whose clock is in UTC has it
    static final String SUNDAY_SERVE_IN_UTC = "2026-12-06T08:15:00Z";

    @Test
    void aNewsletterMovedToAThursdayThatHasPassedIsNotSentAndScheduleSaysWhy() throws Exception {
        newsletterShop();
        String before = kanta("schedule", SUNDAY_BEFORE_THE_EDIT);
        assertThat(before).doesNotContain("would send").contains("weekly-newsletter: not sending 2026-W49: it was due Mon 30.11. 08:00, 6 days ago");

        Path definition = home.resolve("jobs/weekly-newsletter.yml");
        Files.writeString(definition, Files.readString(definition).replace("\"0 0 8 * * MON\"", "\"0 30 15 * * THU\""));
        Files.setLastModifiedTime(definition, FileTime.from(OffsetDateTime.parse(SUNDAY_EDITED).toInstant()));

        assertThat(kanta("schedule", SUNDAY_AFTER_THE_EDIT)).contains("weekly-newsletter: not sending 2026-W49: the definition was edited"
                + " Sun 6.12. 10:12, after its time (Thu 3.12. 15:30); next Thu 10.12. 15:30 Europe/Helsinki");

        int databasePort = freePort();
        try (ChildJvm serve = ChildJvm.start(KantaApplication.class, "serve", "--kanta.home=" + home, "--kanta.web.port=" + freePort(),
                "--kanta.db.server-port=" + databasePort, TestClock.at(SUNDAY_SERVE_IN_UTC))) {
            assertThat(serve.await(line -> line.contains("schedule ") && line.contains("weekly-newsletter")))
                    .contains("weekly-newsletter: not sending 2026-W49: the definition was edited Sun 6.12. 10:12, after its time");
            // the machine's clock in UTC, the lines in the shop's time, its zone named once
            assertThat(serve.await(line -> line.contains("first round done"))).startsWith("2026-12-06T10:15");
            assertThat(serve.transcript()).contains("Times are shop time (Europe/Helsinki).");
            assertThat(serve.transcript()).doesNotContain("scheduled weekly-newsletter");
            assertThat(countThroughServe(databasePort, "SELECT COUNT(*) FROM campaign_run")).isZero();
            serve.kill();
        }
        assertThat(home.resolve("out/weekly-newsletter")).doesNotExist();
    }

    @Test
    void aTimeAWhileAgoIsStillSentAndOneDaysAgoIsNot() throws Exception {
        newsletterShop();
        assertThat(kanta("schedule", "2026-11-30T09:30:00+02:00"))
                .contains("weekly-newsletter: would send 2026-W49 now (due Mon 30.11. 08:00 Europe/Helsinki, 1 h 30 min ago)");
        assertThat(kanta("schedule", "2026-12-03T15:00:00+02:00"))
                .contains("weekly-newsletter: not sending 2026-W49: it was due Mon 30.11. 08:00, 3 days ago, more than the catch-up window"
                        + " (6 h, kanta.schedule.catch-up-window); next Mon 7.12. 08:00 Europe/Helsinki");
        assertThat(CommandLines.run(ExitCode.DONE, "schedule", "--kanta.home=" + home, "--kanta.schedule.catch-up-window=4d",
                TestClock.at("2026-12-03T15:00:00+02:00"))).contains("weekly-newsletter: would send 2026-W49 now");
    }

    /** The shipped weekly newsletter (Mondays 08:00), written long ago, and two confirmed subscribers. */
    private void newsletterShop() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Files.createDirectories(home.resolve("jobs"));
        for (String file : new String[] {"weekly-newsletter.yml", "segments.yml"}) {
            TestCampaigns.writtenBefore(Files.copy(Path.of("jobs", file), home.resolve("jobs").resolve(file)));
        }
        Path customers = Files.writeString(home.resolve("customers.csv"), "customer_id,first_name,email\nN1,Aino,aino@example.fi\n"
                + "N2,Eino,eino@example.fi\n");
        Path consents = Files.writeString(home.resolve("consents.csv"), "customer_id,channel,granted,given_at,source\n"
                + "N1,newsletter,yes,2026-01-01 10:00,double-opt-in\nN2,newsletter,yes,2026-01-01 10:00,double-opt-in\n");
        CommandLines.run(ExitCode.DONE, "import", "customers", customers.toString(), "--kanta.home=" + home);
        CommandLines.run(ExitCode.DONE, "import", "consents", consents.toString(), "--kanta.home=" + home);
    }

    private String kanta(String command, String at) {
        return CommandLines.run(ExitCode.DONE, command, "--kanta.home=" + home, TestClock.at(at));
    }

    private long countThroughServe(int port, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:hsql://127.0.0.1:" + port + "/kanta", "SA", fi.kanta.CommandLines.password(home));
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
