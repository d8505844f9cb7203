package fi.kanta.customer.importing;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.Kanta;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A failed import is resumed by the rows it committed, not by chunks: through the real command,
 * three partitions on PostgreSQL, and a chunk size changed between the two runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResumedImportTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void aResumedImportReadsEachRowOnceEvenWithAnotherChunkSize(CapturedOutput output) throws Exception {
        String database = TestPostgres.freshDatabase("resumed_import");
        Path file = PartitionedImportTest.customersWithThreeBrokenDates(home);

        int stopped = Kanta.run(command(database, file, "--max-rejects=1", "--kanta.import.chunk-size=500"));
        int resumed = Kanta.run(command(database, file, "--max-rejects=100", "--kanta.import.chunk-size=700"));

        assertThat(stopped).isEqualTo(ExitCode.FAILED);
        assertThat(resumed).isEqualTo(ExitCode.DONE);
        assertThat(rowsRead(output.getOut())).as("rows read by the failed run and by the resumed one").hasSize(2)
                .satisfies(read -> assertThat(read.get(0) + read.get(1)).isEqualTo(3000));
        try (Connection db = DriverManager.getConnection(database, "postgres", ""); Statement sql = db.createStatement()) {
            assertThat(count(sql, "SELECT COUNT(*) FROM customer")).isEqualTo(2997);
            assertThat(count(sql, "SELECT COUNT(*) FROM import_reject")).as("each broken row rejected once").isEqualTo(3);
        }
    }

    private String[] command(String database, Path file, String... settings) {
        List<String> args = new ArrayList<>(List.of("import", "customers", file.toString(), "--kanta.home=" + home,
                "--kanta.import.partitions=3"));
        args.addAll(TestPostgres.settings(database));
        args.addAll(List.of(settings));
        return args.toArray(String[]::new);
    }

    /** The counts in "import FAILED after N rows" and "N customers rows read", in order. */
    private static List<Long> rowsRead(String out) {
        List<Long> read = new ArrayList<>();
        Matcher counts = Pattern.compile("customers\\.csv: (?:import FAILED after ([\\d,]+) rows|([\\d,]+) customers rows read)")
                .matcher(out);
        while (counts.find()) {
            String number = counts.group(1) != null ? counts.group(1) : counts.group(2);
            read.add(Long.parseLong(number.replace(",", "")));
        }
        return read;
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
