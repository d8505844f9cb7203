package fi.kanta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit on the embedded database survives kill -9: a child JVM commits rows one by one and is
 * killed with SIGKILL right after reporting a commit; every row it reported is there afterwards.
 */
class DurabilityTest {

    @TempDir
    Path home;

    @Test
    void everyRowCommittedBeforeSigkillIsThereAfterwards() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommittingChild.class.getName(), home.toString())
                .redirectErrorStream(true)
                .start();
        long lastReported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastReported = Long.parseLong(line.substring("committed ".length()));
                    if (lastReported == 300) {
                        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no checkpoint
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastReported).as("the child reported commits before it was killed").isEqualTo(300);
        assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

        Set<String> stored = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + home.resolve("data/kanta") + ";shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             ResultSet rows = db.createStatement().executeQuery("SELECT external_id FROM customer")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        for (long n = 1; n <= lastReported; n++) {
            assertThat(stored).contains("D" + n);
        }
    }
}
