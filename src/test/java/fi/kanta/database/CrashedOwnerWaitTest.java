package fi.kanta.database;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.cli.Kanta;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command started right after another process died holding the embedded database (kill -9:
 * its lock file stays, with the heartbeat it wrote last) opens the database instead of reporting
 * it in use. The worst case is a heartbeat written just before the death and a command reaching
 * the database at once: HSQLDB's default look (10 tries over 9.2 s) ends before that heartbeat is
 * stale (10.1 s old); the configured one (13 tries, a second apart) does not. The test stands for
 * that moment with a heartbeat a second ahead of the clock, so it does not depend on how fast
 * the command starts.
 */
class CrashedOwnerWaitTest {

    /** HSQLDB's lock file: 8 bytes of magic, then the heartbeat's time in milliseconds. */
    private static final int HEARTBEAT_AT = 8;

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void aCommandRightAfterACrashOpensTheDatabase() throws Exception {
        assertThat(Kanta.run("status", "--kanta.home=" + home)).isZero();
        Path database = home.resolve("data/kanta");
        Path lock = home.resolve("data/kanta.lck");
        byte[] lockOfADeadOwner;
        try (Connection owner = DriverManager.getConnection("jdbc:hsqldb:file:" + database, "SA", CommandLines.password(home))) {
            lockOfADeadOwner = Files.readAllBytes(lock);
            owner.createStatement().execute("SHUTDOWN");
        }
        // as kill -9 leaves it (no shutdown removed it): the magic, then the last heartbeat
        ByteBuffer.wrap(lockOfADeadOwner).putLong(HEARTBEAT_AT, System.currentTimeMillis() + 1_000);
        Files.write(lock, lockOfADeadOwner);

        assertThat(Kanta.run("status", "--kanta.home=" + home)).isZero();
    }
}
