package fi.kanta.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The note {@code kanta serve} leaves next to the database it shares ({@code data/server.properties}
 * by default): the database, the loopback port and its process id. Other commands connect through
 * the server only while that process is alive and the port answers, so a note left behind by a
 * killed serve is harmless.
 */
record ServerFile(Path database, int port, long pid) {

    static final String NAME = "server.properties";
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    /** Where the note for a database lives: in the database's folder. */
    static Path location(Path database) {
        return database.resolveSibling(NAME);
    }

    /** The note for this database, if there is one and it names this database. */
    static Optional<ServerFile> read(Path database) {
        Path file = location(database);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            note.load(reader);
            return Optional.of(new ServerFile(Path.of(note.getProperty("database")), Integer.parseInt(note.getProperty("port")),
                    Long.parseLong(note.getProperty("pid")))).filter(server -> server.database().equals(database));
        } catch (IOException | RuntimeException unreadable) {
            // half-written or edited by hand: as if there were none
            return Optional.empty();
        }
    }

    void write() throws IOException {
        Properties note = new Properties();
        note.setProperty("database", database.toString());
        note.setProperty("port", Integer.toString(port));
        note.setProperty("pid", Long.toString(pid));
        Path temporary = Files.createTempFile(database.getParent(), NAME, ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            note.store(writer, "kanta serve shares this database; other kanta commands connect to it while it runs");
        }
        Files.move(temporary, location(database), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void delete() throws IOException {
        // only our own note: a newer serve may have replaced it
        if (read(database).filter(this::equals).isPresent()) {
            Files.deleteIfExists(location(database));
        }
    }

    /** The JDBC URL that reaches the database through the server. */
    String url() {
        return EmbeddedDatabase.SERVER_URL + "//" + DatabaseServer.ADDRESS + ":" + port + "/" + DatabaseServer.NAME;
    }

    /** True when the serve that wrote the note still runs and its server answers. */
    boolean answers() {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DatabaseServer.ADDRESS, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
