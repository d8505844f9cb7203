package fi.kanta.report;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The runs' kept results on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbKeptResultsTest extends KeptResultsContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("kanta.erasure.purchases", () -> "delete");
        registry.add("kanta.erasure.sending-wait", () -> "0s");
    }
}
