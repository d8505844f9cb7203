package fi.kanta.customer.importing;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaApplication;
import fi.kanta.cli.Kanta;
import fi.kanta.demo.DemoShop;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL in the middle is resumed by importing the same file again: the
 * dead process's run is recognised, marked failed and continued from its last committed chunk.
 */
class InterruptedImportTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void importingTheSameFileAfterAKillResumesAndEndsWithEveryRowOnce() throws Exception {
        DemoShop.Files shop = DemoShop.generate(home.resolve("shop"), 30_000, LocalDate.of(2026, 11, 22), 7);
        assertThat(Kanta.run("import", "customers", shop.customers().toString(), "--kanta.home=" + home)).isZero();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KantaApplication.class.getName(),
                "import", "purchases", shop.purchases().toString(), "--kanta.home=" + home,
                "--kanta.import.chunk-size=1000")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("rows read")) {
                // output before the first progress line
            }
            assertThat(line).as("the child reported progress before finishing").isNotNull().contains("rows read");
            // a chunk listener is told inside the chunk's transaction: a moment more, and that chunk
            // (with more after it) is committed
            Thread.sleep(1000);
            child.destroyForcibly(); // SIGKILL
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        long importedBeforeTheKill = count("purchase");
        assertThat(importedBeforeTheKill).isPositive().isLessThan(shop.purchaseRows());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Kanta.run("import", "purchases", shop.purchases().toString(), "--kanta.home=" + home);
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("resuming an import interrupted");
        assertThat(count("purchase")).isEqualTo(shop.purchaseRows());
        assertThat(count("(SELECT DISTINCT order_id FROM purchase) t")).isEqualTo(shop.purchaseRows());
    }

    private long count(String table) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + home.resolve("data/kanta") + ";shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
