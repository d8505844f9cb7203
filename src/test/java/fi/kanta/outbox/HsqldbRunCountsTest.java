package fi.kanta.outbox;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A run's kept counts on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbRunCountsTest extends RunCountsContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
        registry.add("kanta.erasure.sending-wait", () -> "0s");
    }
}
