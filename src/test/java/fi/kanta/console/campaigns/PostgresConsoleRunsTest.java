package fi.kanta.console.campaigns;

import fi.kanta.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's runs on PostgreSQL: a console launch and a command-line launch of the same week
 * make one run (the launch claim and the job repository's serializable transactions, on the
 * database where they really race), stop and resume, the downloads. The same tests as on HSQLDB.
 */
@ActiveProfiles("postgres")
class PostgresConsoleRunsTest extends ConsoleRunsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
