package fi.kanta;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.cli.Kanta;
import fi.kanta.database.DatabasePassword;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The real {@code kanta} command in this JVM, and a look at its HSQLDB file database afterwards. */
public final class CommandLines {

    private CommandLines() {
    }

    /** Runs kanta, checks its exit code and returns what it printed (standard output and error). */
    public static String run(int expectedExit, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            code = Kanta.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(code).as(output).isEqualTo(expectedExit);
        return withoutLoggingStatus(output);
    }

    /**
     * What kanta printed without logback's own status lines ("00:43:00,838 |-WARN in Logger[…] - No
     * appenders present…"): in this JVM many application contexts come and go, and a thread of a cached
     * one that logs while a command's context resets logging makes logback print one into the output.
     * A user's command runs alone in its JVM and meets none.
     */
    private static String withoutLoggingStatus(String output) {
        return output.replaceAll("(?m)^\\d{2}:\\d{2}:\\d{2},\\d{3} \\|-(INFO|WARN|ERROR) in .*\\R", "");
    }

    /**
     * Makes the folder a Kanta home, as {@code kanta init} does but without the shipped campaigns:
     * commands refuse to work where no home was made. Its settings come from the test classpath.
     */
    public static Path home(Path folder) {
        try {
            Files.createDirectories(folder);
            Path settings = folder.resolve("kanta.properties");
            if (!Files.exists(settings)) {
                Files.writeString(settings, "# a test home: the shop's settings come from the test classpath\n");
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The password kanta gave the home's embedded database (empty before its first command). */
    public static String password(Path home) {
        return DatabasePassword.kept(home.resolve("data/kanta").toAbsolutePath().normalize()).orElse("");
    }

    /** One value from the home's database, opened after kanta has returned (one process at a time). */
    public static Object query(Path home, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", password(home));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getObject(1) : null;
        }
    }

    /**
     * Changes the home's database as a page or another process would between commands (e.g. a
     * customer's choices); returns the rows changed.
     */
    public static int update(Path home, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", password(home));
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** A count from the home's database. */
    public static long count(Path home, String sql) throws SQLException {
        return ((Number) query(home, sql)).longValue();
    }
}
