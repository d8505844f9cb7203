package fi.kanta.console.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.console.ConsoleInBrowser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An upload is refused before a byte of it is written unless a MARKETER sends it: the request's
 * body is sent only in part and the connection held open, so the answer can only come from a
 * server that did not read the body, and the folder the container writes uploads to stays empty.
 * The public port takes no upload at all.
 */
class UploadRefusalInBrowserTest extends ConsoleInBrowser {

    static final String BOUNDARY = "kantaUploadBoundary";

    @Autowired
    KantaHome kantaHome;

    @Test
    void aViewersUploadIsRefusedBeforeAByteIsWritten() throws Exception {
        signIn(VIEWER);
        String cookie = "KANTA_CONSOLE=" + browser.manage().getCookieNamed("KANTA_CONSOLE").getValue();

        String answer = halfAnUpload(console.port(), "/console/imports", cookie);

        assertThat(answer).startsWith("HTTP/1.1 403");
        assertThat(written()).isEmpty();
    }

    @Test
    void anUploadFromNobodySignedInLeadsToTheSignInPageWithNothingWritten() throws Exception {
        String answer = halfAnUpload(console.port(), "/console/imports", null);

        assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: ").contains("/console/sign-in");
        assertThat(written()).isEmpty();
    }

    @Test
    void thePublicPortTakesNoUpload() throws Exception {
        String answer = halfAnUpload(publicPort, "/signup", null);

        assertThat(answer).startsWith("HTTP/1.1 415");
        assertThat(written()).isEmpty();
    }

    @Test
    void aMarketersUploadIsTaken() throws Exception {
        signIn(MARKETER);
        open("/console/imports");
        String csrf = browser.findElement(By.cssSelector("main form input[name=_csrf]")).getDomAttribute("value");
        String cookie = "KANTA_CONSOLE=" + browser.manage().getCookieNamed("KANTA_CONSOLE").getValue();
        String body = part("_csrf", null, csrf) + part("kind", null, "customers")
                + part("file", "uploaded.csv", "customer_id,first_name\nU1,Ulla\n") + "--" + BOUNDARY + "--\r\n";

        String answer = send(console.port(), "/console/imports", cookie, body.getBytes(StandardCharsets.UTF_8).length, body, true);

        assertThat(answer).startsWith("HTTP/1.1 302").contains("/console/imports/");
        // the import runs in the background: it ends before the next test empties the database under it
        assertThat(importEnded()).isEqualTo("COMPLETED");
    }

    /** The status of the one import once it has ended, waiting up to two minutes for it. */
    private String importEnded() throws InterruptedException {
        for (int tries = 0; tries < 1200; tries++) {
            List<String> ended = jdbc.queryForList("SELECT status FROM batch_job_execution WHERE end_time IS NOT NULL", String.class);
            if (!ended.isEmpty()) {
                return ended.get(0);
            }
            Thread.sleep(100);
        }
        return "still running after two minutes";
    }

    /**
     * Sends an upload's headers and its first 64 KB of a body said to be 10 MB, leaves the rest
     * unsent and returns the status line and headers of the answer.
     */
    private static String halfAnUpload(int port, String path, String cookie) throws IOException {
        String start = part("kind", null, "customers") + part("file", "customers.csv", "customer_id,first_name\n" + "C1,Anna\n".repeat(8192));
        return send(port, path, cookie, 10_000_000, start, false);
    }

    private static String send(int port, String path, String cookie, long length, String body, boolean whole) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            // a guard only: a server that waited for the rest of the body would never answer
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + length + "\r\n"
                    + (whole ? "Connection: close\r\n" : "") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return String.join("\n", lines);
        }
    }

    private static String part(String name, String fileName, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n" + value + "\r\n";
    }

    /** What the container wrote of uploads, being written or left behind (an upload taken is moved on to out/import/uploads/). */
    private List<Path> written() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(kantaHome.out("import", "incoming"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> found = Files.walk(folder)) {
                    found.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }
}
