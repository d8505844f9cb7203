package fi.kanta.database;

import java.nio.file.Path;
import java.util.Optional;

/** The HSQLDB file database a datasource URL opens in-process ({@code jdbc:hsqldb:file:PATH;options}). */
final class EmbeddedDatabase {

    static final String FILE_URL = "jdbc:hsqldb:file:";
    static final String SERVER_URL = "jdbc:hsqldb:hsql:";

    private EmbeddedDatabase() {
    }

    /** The database's path (without HSQLDB's .script/.data suffixes), absolute, when the URL opens a file. */
    static Optional<Path> path(String url) {
        if (url == null || !url.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String path = url.substring(FILE_URL.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of(options < 0 ? path : path.substring(0, options)).toAbsolutePath().normalize());
    }
}
