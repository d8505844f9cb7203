package fi.kanta.database;

import fi.kanta.words.SaidError;
import fi.kanta.SecretFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;

/**
 * docs/architecture.md "The embedded database's password": the embedded HSQLDB database's user
 * ({@code SA}) has a random password of its own, kept in {@code data/database-password} beside the
 * database (generated once, readable by its owner only, like the link secret). Every command opens
 * the database with it, and so does anyone who reaches it through {@code kanta serve}'s server; a
 * local user who cannot read the file cannot connect to that port and rewrite, say, the console's
 * users.
 *
 * <p>A database made before it had a password (the empty one) gets it on its first open, in an
 * order that a crash at any point leaves usable: the password is first written to
 * {@code database-password.new}, then set in the database, and only then is the file moved to its
 * name. A crash before the move leaves the new file and a database that takes either the empty
 * password or the new one; the next open tries both and finishes the move.
 */
public final class DatabasePassword {

    static final String FILE = "database-password";
    static final String PENDING = FILE + ".new";
    /** HSQLDB's SQL state for a wrong user or password. */
    private static final String REFUSED = "28000";

    private DatabasePassword() {
    }

    /** The password file of a database ({@code data/database-password} for {@code data/kanta}). */
    public static Path file(Path database) {
        return database.resolveSibling(FILE);
    }

    /** The database's password as kept, if it has one yet (to connect to a database someone else opened). */
    public static Optional<String> kept(Path database) {
        Path file = file(database);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /**
     * The password to open the database of this URL as {@code user}: generated for a new database
     * (HSQLDB makes a new database's user with the password of its first connection), read for one
     * that has it, and set first in a database from before passwords.
     */
    static String forOpening(Path database, String url, String user) {
        Path file = file(database);
        if (Files.exists(file) || !exists(database)) {
            return read(file);
        }
        Path pending = database.resolveSibling(PENDING);
        String password = read(pending);
        try {
            setIn(url, user, password, database);
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SaidError(e, "database.password.unkept", file, String.valueOf(e.getMessage()));
        }
        return password;
    }

    /** Sets the password in a database that has the empty one; nothing when an earlier attempt already did. */
    private static void setIn(String url, String user, String password, Path database) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            // the password is Base64 (letters, digits, - and _): nothing to escape in the literal
            statement.execute("SET PASSWORD '" + password + "'");
            return;
        } catch (SQLException refused) {
            if (!REFUSED.equals(refused.getSQLState())) {
                throw new SaidError(refused, "database.password.cannot-open", String.valueOf(refused.getMessage()));
            }
        }
        try (Connection alreadySet = DriverManager.getConnection(url, user, password)) {
            // an attempt that stopped before keeping the file had set it
        } catch (SQLException refused) {
            throw new SaidError(refused, "database.password.neither", database, database.resolveSibling(PENDING), file(database));
        }
    }

    /** HSQLDB writes a database's .properties and .script files when it makes it. */
    private static boolean exists(Path database) {
        String name = database.getFileName().toString();
        return Files.exists(database.resolveSibling(name + ".properties")) || Files.exists(database.resolveSibling(name + ".script"));
    }

    /** The password a file holds, generating the file first when there is none. */
    static String read(Path file) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SecretFile.readOrGenerate(file, "database password"));
    }
}
