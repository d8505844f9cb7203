package fi.kanta.web;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Counted links on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest(properties = {UnsubscribePageContractTest.SERVLET, "kanta.clicks.enabled=true", "kanta.shop.url=https://shop.example.com/",
    "kanta.clicks.extra-hosts=Lookbook.Example.com", "kanta.web.public-url=https://kanta.example.com"})
class HsqldbClickRedirectTest extends ClickRedirectContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }
}
