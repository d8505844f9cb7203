package fi.kanta.web;

import fi.kanta.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.KantaApplication;
import fi.kanta.KantaHome;
import fi.kanta.cli.ExitCode;
import fi.kanta.cli.Kanta;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.UnsubscribeLinks;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code kanta serve} in a child JVM, as a user runs it: other commands in the same home work
 * through its database server instead of failing with "database in use", a mail provider's
 * one-click POST over real HTTP is recorded, and SIGTERM stops it cleanly with exit code 0,
 * after which commands open the file directly again.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void kantaHome() {
        CommandLines.home(home);
    }

    Process serve;
    Path serveOutput;

    @AfterEach
    void stopServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void otherCommandsShareTheDatabaseWhileServeRunsAndSigtermEndsItWithExitZero(CapturedOutput output) throws Exception {
        serveOutput = home.resolve("serve.out");
        int webPort = freePort();
        int databasePort = freePort();
        Path customers = Files.writeString(home.resolve("customers.csv"), "customer_id;first_name;email;language\nC1;Aino;aino@example.fi;fi\n");
        startServe("--kanta.web.port=" + webPort, "--kanta.db.server-port=" + databasePort);
        String serverUrl = "jdbc:hsqldb:hsql://127.0.0.1:" + databasePort + "/kanta";
        assertThat(waitFor("database")).contains("shared with other kanta commands at " + serverUrl);
        assertThat(home.resolve("data/server.properties")).exists();
        assertThat(waitFor("link secret")).contains(home.resolve("data/web-secret").toString());
        assertThat(Files.readString(serveOutput)).doesNotContain("[Server@");
        // a local program without the database's password (data/database-password, its owner's only) is refused
        assertThatThrownBy(() -> DriverManager.getConnection(serverUrl, "SA", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("invalid authorization");
        assertThat(Files.getPosixFilePermissions(home.resolve("data/database-password")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        // another command in the same home, while serve holds the file: through the server
        assertThat(Kanta.run("import", "customers", customers.toString(), "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);
        assertThat(Kanta.run("status", "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).contains("Database:   " + serverUrl).containsPattern("customers +1\\b");

        // the customer clicks one-click unsubscribe in their mail program (RFC 8058), over real HTTP
        long aino = query(serverUrl, "SELECT id FROM customer WHERE external_id = 'C1'");
        String url = linksOf(home, webPort).url(aino, "email", "win-back", "2026-W48");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(query(serverUrl, "SELECT COUNT(*) FROM consent WHERE customer_id = " + aino
                + " AND channel = 'email' AND granted = FALSE AND source = 'unsubscribe-link'")).isEqualTo(1);

        serve.destroy(); // SIGTERM
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isEqualTo(ExitCode.DONE);
        assertThat(waitFor("kanta serve: stopped")).isNotNull();
        assertThat(home.resolve("data/server.properties")).doesNotExist();

        // serve is gone and has released the file: commands open it directly, and the withdrawal is on disk
        assertThat(Kanta.run("status", "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);
        assertThat(output.getOut()).contains("Database:   jdbc:hsqldb:file:");
    }

    @Test
    void serveSaysWhereTheConsoleAndThePagesAreInTheMarketersLanguage() throws Exception {
        serveOutput = home.resolve("serve.out");
        int webPort = freePort();
        startServe("--kanta.web.port=" + webPort, "--kanta.db.server-port=" + freePort(), "--kanta.shop.language=fi");

        assertThat(waitFor("kanta serve: kuuntelee porttia")).contains("kuuntelee porttia " + webPort + " (Ctrl-C pysäyttää)");
        assertThat(waitFor("konsoli")).contains("kanta user add NIMI --role admin lisää käyttäjän");
        assertThat(waitFor("julkiset sivut")).contains("(uutiskirjeen tilaus)");
        assertThat(waitFor("linkkien avain")).contains(home.resolve("data/web-secret").toString(), "(tehty kerran;");
        assertThat(waitFor("tietokanta")).contains("jaettu muille kanta-komennoille osoitteessa jdbc:hsqldb:hsql://127.0.0.1:");
        assertThat(waitFor("minuutin välein")).contains("tuontikansio");
        serve.destroy(); // SIGTERM
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(waitFor("kanta serve: pysäytetty")).isNotNull();
        assertThat(Files.readString(serveOutput)).doesNotContain("listening on port", "public pages", "every minute");
    }

    @Test
    void aNoteLeftByAKilledServeIsIgnored(CapturedOutput output) throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/server.properties"), "database=" + home.resolve("data/kanta").toAbsolutePath()
                + "\nport=" + freePort() + "\npid=" + Long.MAX_VALUE + "\n");

        assertThat(Kanta.run("status", "--kanta.home=" + home)).isEqualTo(ExitCode.DONE);

        assertThat(output.getOut()).contains("Database:   jdbc:hsqldb:file:");
    }

    private void startServe(String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KantaApplication.class.getName(), "serve"));
        command.addAll(List.of(settings));
        // to a file rather than a pipe: what it prints while stopping stays readable after it exits
        // started in the home without --kanta.home, as a user does: the default home is the working directory
        serve = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).redirectOutput(serveOutput.toFile()).start();
    }

    /** The first line of serve's output containing the text, once it is there. */
    private String waitFor(String text) throws IOException, InterruptedException {
        while (true) {
            boolean ended = !serve.isAlive();
            Optional<String> line = Files.readAllLines(serveOutput).stream().filter(l -> l.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (ended) {
                throw new AssertionError("kanta serve ended (exit " + serve.exitValue() + ") without printing '" + text + "':\n"
                        + Files.readString(serveOutput));
            }
            Thread.sleep(200);
        }
    }

    /** Links signed with the secret serve generated into the home, as the campaign run makes them. */
    private static UnsubscribeLinks linksOf(Path home, int port) {
        LinkSettings settings = new LinkSettings("http://127.0.0.1:" + port, null);
        return new UnsubscribeLinks(settings, new LinkSecret(settings, new KantaHome(home)));
    }

    private long query(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "SA", CommandLines.password(home)); ResultSet result = connection.createStatement().executeQuery(sql)) {
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
