package fi.kanta.console.home;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The home page's kept summary on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbHomeSummaryTest extends HomeSummaryContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }
}
