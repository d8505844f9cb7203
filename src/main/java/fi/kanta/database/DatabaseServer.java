package fi.kanta.database;

import fi.kanta.words.SaidError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;

/**
 * docs/architecture.md "One database, two processes", the serving side: while {@code kanta serve} runs, HSQLDB's
 * own server shares the embedded file database on loopback, and a {@link ServerFile} tells the other
 * commands where. The serve process keeps its in-process connections: HSQLDB opens one database
 * per file in a JVM, so the server and the serve's own pool work on the same open database.
 */
public final class DatabaseServer implements AutoCloseable {

    static final String ADDRESS = "127.0.0.1";
    static final String NAME = "kanta";

    private final Server server;
    private final ServerFile note;

    private DatabaseServer(Server server, ServerFile note) {
        this.server = server;
        this.note = note;
    }

    /**
     * Starts sharing the database of {@code datasourceUrl} on the loopback port; empty when the URL
     * does not open an HSQLDB file (PostgreSQL is shared by its own server).
     */
    public static Optional<DatabaseServer> start(String datasourceUrl, int port) {
        if (SharedDatabase.throughServer(datasourceUrl)) {
            throw new SaidError("database.shared-already", datasourceUrl);
        }
        Optional<Path> database = EmbeddedDatabase.path(datasourceUrl);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        Server server = new Server();
        // quiet first: the setters below would otherwise trace themselves to standard output
        server.setLogWriter(null);
        server.setErrWriter(null);
        server.setSilent(true);
        server.setAddress(ADDRESS);
        server.setPort(port);
        server.setDatabaseName(0, NAME);
        server.setDatabasePath(0, "file:" + database.get());
        server.setNoSystemExit(true);
        server.start();
        if (server.getState() != ServerConstants.SERVER_STATE_ONLINE) {
            Throwable error = server.getServerError();
            server.stop();
            throw new SaidError(error, "database.cannot-share", ADDRESS + ":" + port,
                    error == null ? "HSQLDB: state " + server.getState() : String.valueOf(error.getMessage()));
        }
        ServerFile note = new ServerFile(database.get(), port, ProcessHandle.current().pid());
        try {
            note.write();
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException(e);
        }
        return Optional.of(new DatabaseServer(server, note));
    }

    /** The URL other commands use while this server runs. */
    public String url() {
        return note.url();
    }

    /** Removes the note first (so no new command tries to connect), then stops the server. */
    @Override
    public void close() throws IOException {
        try {
            note.delete();
        } finally {
            server.stop();
        }
    }
}
