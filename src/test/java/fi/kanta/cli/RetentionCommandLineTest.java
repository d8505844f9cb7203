package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code kanta retention} through the real command line: the dry run says what would go in the
 * marketer's language and removes nothing; the real one removes what is older than its setting,
 * keeps what is newer, and obeys a period given on the command line.
 */
class RetentionCommandLineTest extends InAHome {

    @Test
    void theDryRunSaysWhatWouldGoAndTheRunRemovesIt() throws IOException {
        Path old = file("out/win-back/2026-W20/letters/letters-0001.pdf", 120);
        Path recent = file("out/win-back/2026-W45/letters/letters-0001.pdf", 20);
        Path list = file("out/exports/segment-loyal-2026-10-01.xlsx", 40);

        String dry = kanta(ExitCode.DONE, "retention", "--dry-run", "--kanta.shop.language=fi");
        assertThat(dry).contains("ajojen kansiot out/-kansiossa: 1 poistettaisiin (säilytysaika 90 päivää)",
                "listatiedostot ja asiakkaiden tietokopiot: 1 poistettaisiin (säilytysaika 30 päivää)",
                "Kuivaharjoitus: mitään ei poistettu.");
        assertThat(old).exists();
        assertThat(list).exists();

        // a period from the command line wins: lists kept for ever, run folders for 10 days
        String done = kanta(ExitCode.DONE, "retention", "--kanta.retention.lists=0", "--kanta.retention.run-files=10d");
        assertThat(done).contains("run folders under out/: 2 removed (kept 10 days)", "list files and customers' data copies: kept for ever",
                "The database was compacted.");
        assertThat(old.getParent().getParent()).doesNotExist();
        assertThat(recent.getParent().getParent()).doesNotExist();
        assertThat(list).exists();

        assertThat(kanta(ExitCode.DONE, "retention")).contains("list files and customers' data copies: 1 removed (kept 30 days)");
        assertThat(list).doesNotExist();
    }

    private Path file(String path, int daysOld) throws IOException {
        Path file = home.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Aino Virtanen");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(daysOld))));
        return file;
    }
}
