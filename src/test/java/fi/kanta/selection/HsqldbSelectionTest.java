package fi.kanta.selection;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The selection contract on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbSelectionTest extends SelectionContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }
}
