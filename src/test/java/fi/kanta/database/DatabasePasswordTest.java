package fi.kanta.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.CommandLines;
import fi.kanta.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's own password: a new home's database gets one at once, a home made before
 * passwords (its database takes the empty one) gets it on the first command, whatever step of that
 * an earlier command crashed in, and every command goes on working in it.
 */
class DatabasePasswordTest {

    static final String CUSTOMERS = "customer_id;first_name;last_name;email;language\nC1;Aino;Virtanen;aino@example.fi;fi\n";
    static final String PURCHASES = "order_id,customer_id,purchased_at,amount\nO1,C1,2026-10-01,30.00\nO2,C2,2026-11-01,45.50\nO3,C1,2026-11-20,12.00\nO4,C2,2026-11-25,19.90\n";
    static final String MORE_CUSTOMERS = "customer_id;first_name;last_name;email;language\nC2;Eero;Koski;eero@example.fi;fi\n";

    @TempDir
    Path home;

    Path database;
    Path file;
    Path pending;

    @BeforeEach
    void aHome() {
        CommandLines.run(ExitCode.DONE, "init", home.toString());
        database = home.resolve("data/kanta").toAbsolutePath().normalize();
        file = home.resolve("data/database-password");
        pending = home.resolve("data/database-password.new");
    }

    @Test
    void aNewHomesDatabaseTakesOnlyItsOwnPasswordKeptForItsOwnerAlone() throws Exception {
        kanta("status");

        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(CommandLines.password(home)).hasSizeGreaterThanOrEqualTo(43);
        assertRefused("");
        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM customer")).isZero();
    }

    @Test
    void aHomeFromBeforePasswordsGetsOneOnItsFirstCommandAndEveryCommandWorksInIt() throws Exception {
        homeFromBeforePasswords();

        kanta("status");

        assertThat(file).exists();
        assertThat(pending).doesNotExist();
        assertRefused("");
        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM customer")).isEqualTo(1);
        everyKindOfCommandWorks();
    }

    @Test
    void aCrashAfterThePasswordWasChosenButBeforeTheDatabaseHadItIsFinishedByTheNextCommand() throws Exception {
        homeFromBeforePasswords();
        // the first step done: the new password written beside the database, the database not yet told
        String chosen = DatabasePassword.read(pending);

        kanta("status");

        assertThat(pending).doesNotExist();
        assertThat(CommandLines.password(home)).isEqualTo(chosen);
        assertRefused("");
        aCommandReadsAndOneWrites();
    }

    @Test
    void aCrashAfterTheDatabaseHadThePasswordButBeforeItsFileWasKeptIsFinishedByTheNextCommand() throws Exception {
        homeFromBeforePasswords();
        kanta("status");
        // put back the state between the two steps: the password set in the database, its file not yet moved
        Files.move(file, pending);

        kanta("status");

        assertThat(pending).doesNotExist();
        assertThat(file).exists();
        aCommandReadsAndOneWrites();
    }

    @Test
    void aDatabaseWhosePasswordFileWasLostSaysWhichFileToPutBack() throws Exception {
        kanta("status");
        Files.delete(file);

        String refused = CommandLines.run(ExitCode.FAILED, "status", "--kanta.home=" + home);

        assertThat(refused).contains("takes neither the empty password nor the one in " + pending)
                .contains("put back " + database.resolveSibling("database-password"));
    }

    /**
     * A home as Kanta made it before passwords: a database with customers whose user has the empty
     * password, and no password file. Made by the commands of today, then put back.
     */
    private void homeFromBeforePasswords() throws Exception {
        kanta("import", "customers", Files.writeString(home.resolve("customers.csv"), CUSTOMERS).toString());
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + database + ";shutdown=true", "SA", CommandLines.password(home));
             Statement sql = db.createStatement()) {
            sql.execute("SET PASSWORD ''");
        }
        Files.delete(file);
        try (Connection old = DriverManager.getConnection("jdbc:hsqldb:file:" + database + ";shutdown=true", "SA", "")) {
            assertThat(old.isValid(1)).isTrue();
        }
    }

    private void everyKindOfCommandWorks() throws Exception {
        kanta("import", "customers", Files.writeString(home.resolve("more.csv"), MORE_CUSTOMERS).toString());
        kanta("import", "purchases", Files.writeString(home.resolve("purchases.csv"), PURCHASES).toString());
        kanta("validate");
        kanta("segments");
        kanta("score");
        kanta("run", "win-back", "--dry-run");
        kanta("customer", "show", "C1");
        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM customer")).isEqualTo(2);
    }

    private void aCommandReadsAndOneWrites() throws Exception {
        kanta("import", "customers", Files.writeString(home.resolve("more.csv"), MORE_CUSTOMERS).toString());
        assertThat(kanta("status")).containsPattern("customers +2\\b");
    }

    private void assertRefused(String password) {
        assertThatThrownBy(() -> {
            try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + database + ";shutdown=true", "SA", password)) {
                connection.isValid(1);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("invalid authorization");
    }

    private String kanta(String... args) {
        String[] withHome = java.util.Arrays.copyOf(args, args.length + 1);
        withHome[args.length] = "--kanta.home=" + home;
        return CommandLines.run(ExitCode.DONE, withHome);
    }
}
