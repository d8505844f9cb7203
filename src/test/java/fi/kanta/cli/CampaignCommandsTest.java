package fi.kanta.cli;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestCampaigns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign commands as a marketer sees them, in the order they are used: a dry run, a preview,
 * the run itself (what its steps say comes before the funnel), its list, and a second launch of
 * the same run; each prints what it did and exits 0, or 1 when the run has already happened.
 */
class CampaignCommandsTest {

    private static final int CUSTOMERS = 12;

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    @Test
    void aCampaignFromDryRunToItsList() throws IOException {
        shop();

        Result dry = kanta("run", "spring", "--dry-run", "--run-key", "d1");
        assertThat(dry.exit()).isEqualTo(ExitCode.DONE);
        assertThat(dry.lines().get(0)).matches("spring/d1, dry run: nothing was written \\(\\d+\\.\\d s\\)");
        assertThat(dry.out()).containsPattern("(?m)^  segment \"spring\" +12$").containsPattern("(?m)^  = recipients +\\d+$")
                .containsPattern("(?m)^Top \\d+ recipients \\(ranked by clv_12m\\):$")
                .contains("Warning: there are no scores yet (run: kanta score)");

        Result preview = kanta("preview", "spring", "--customer", "S1", "--run-key", "d1");
        assertThat(preview.exit()).isEqualTo(ExitCode.DONE);
        assertThat(preview.lines().get(0)).startsWith("spring/d1, customer S1: ").contains("by email");
        assertThat(preview.lines().get(1)).isEqualTo("The templates get (the offer code is a sample; the run makes the real one):");
        assertThat(preview.out()).contains("  customer:\n    externalId: S1\n").contains("    code: SP-PREV-IEW0-0000-0000\n")
                .contains("Wrote " + home.resolve("out/spring/preview/S1/email.html"));

        Result run = kanta("run", "spring", "--run-key", "r1", "--yes");
        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        List<String> lines = run.lines();
        assertThat(lines.get(0)).startsWith("Sending ").contains(" emails to ");
        assertThat(lines).contains("spring/r1: done", "  delivery (channel, status, customers):", "  files: out/spring/r1/");
        assertThat(lines.indexOf("spring/r1: done")).isGreaterThan(0);
        assertThat(run.out()).containsPattern("(?m)^    email +SENT +\\d+$");

        Result list = kanta("export", "run", "spring/r1", "--csv", "--columns", "customer_id,status");
        assertThat(list.exit()).isEqualTo(ExitCode.DONE);
        assertThat(list.lines().get(0)).startsWith("Wrote " + home.resolve("out/spring/r1/recipients.csv") + ": ")
                .containsPattern(" rows on 1 sheet\\(s\\) in \\d+\\.\\d s \\(query \\d+\\.\\d s\\)$");
        assertThat(Files.readString(home.resolve("out/spring/r1/recipients.csv"))).contains("Status").doesNotContain("HOLDOUT");
        assertThat(list.out()).containsPattern("Left out the control group \\(\\d+ customers, not to be contacted\\)");

        // the workbook a marketer hands to a print house: its first sheet only the people to contact
        Result workbook = kanta("export", "run", "spring/r1", "--columns", "customer_id,group,status");
        assertThat(workbook.exit()).isEqualTo(ExitCode.DONE);
        assertThat(workbook.out()).contains("is on the sheet \"Control group – do not contact\"");
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(home.resolve("out/spring/r1/recipients.xlsx")))) {
            assertThat(read.getSheetName(0)).isEqualTo("Recipients");
            assertThat(column(read.getSheetAt(0), 1)).isNotEmpty().containsOnly("TARGET");
            assertThat(read.getSheetName(1)).isEqualTo("Control group – do not contact");
            assertThat(column(read.getSheetAt(1), 2)).isNotEmpty().containsOnly("HOLDOUT");
        }

        Result members = kanta("export", "segment", "everyone", "--csv");
        assertThat(members.exit()).isEqualTo(ExitCode.DONE);
        assertThat(members.out()).contains(": 12 rows on 1 sheet(s)");

        Result again = kanta("run", "spring", "--run-key", "r1", "--yes");
        assertThat(again.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(again.lines().get(0)).isEqualTo("spring/r1 has already run; a run happens once (use --run-key to start another)");

        Result resumed = kanta("resume", "spring/r1");
        assertThat(resumed.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(resumed.lines().get(0)).isEqualTo(again.lines().get(0));
    }

    private void shop() throws IOException {
        StringBuilder customers = new StringBuilder("customer_id,first_name,last_name,email\n");
        StringBuilder consents = new StringBuilder("customer_id,channel,granted,given_at\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.append("S").append(i).append(",Asiakas,Numero ").append(i).append(",s").append(i).append("@example.fi\n");
            consents.append("S").append(i).append(",email,yes,2026-01-01 10:00\n");
        }
        Files.writeString(home.resolve("customers.csv"), customers);
        Files.writeString(home.resolve("consents.csv"), consents);
        assertThat(kanta("import", "customers", home.resolve("customers.csv").toString()).exit()).isZero();
        assertThat(kanta("import", "consents", home.resolve("consents.csv").toString()).exit()).isZero();
        TestCampaigns.define(home, "spring", TestCampaigns.SPRING);
        Files.writeString(home.resolve("jobs/segments.yml"), "everyone:\n  all: []\n");
    }

    /** One column's text under the header. */
    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new java.util.ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                values.add(row.getCell(column).getStringCellValue());
            }
        }
        return values;
    }

    /** What the command printed on standard output, and its exit code. */
    private record Result(int exit, String out) {

        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Result kanta(String... args) {
        String[] withHome = java.util.Arrays.copyOf(args, args.length + 1);
        withHome[args.length] = "--kanta.home=" + home;
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Kanta.run(withHome);
            return new Result(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
            console.print(out.toString(StandardCharsets.UTF_8)); // the test's own output shows what each command printed
        }
    }
}
