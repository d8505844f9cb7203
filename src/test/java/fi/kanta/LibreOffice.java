package fi.kanta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real LibreOffice ({@code soffice}, system-tools tests only) converting a workbook, as a user's would open it. */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** The files soffice writes into {@code folder/converted} when it converts the file with this filter. */
    public static List<Path> convert(Path file, String filter, Path folder) throws IOException, InterruptedException {
        Path out = Files.createDirectories(folder.resolve("converted"));
        // A profile of its own, so that a LibreOffice the user has open does not take the job.
        String profile = folder.resolve("profile").toUri().toString();
        Process soffice;
        try {
            soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", filter,
                    "--outdir", out.toString(), file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("soffice not found on the PATH: the system-tools profile needs LibreOffice (Debian: apt-get install"
                    + " libreoffice-calc)", e);
        }
        String log = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!soffice.waitFor(5, TimeUnit.MINUTES)) {
            soffice.destroyForcibly();
            fail("soffice did not finish: " + log);
        }
        assertThat(soffice.exitValue()).as(log).isZero();
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).as(log).isNotEmpty();
            return written;
        }
    }
}
