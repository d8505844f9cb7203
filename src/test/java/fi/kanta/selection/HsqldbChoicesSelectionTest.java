package fi.kanta.selection;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The customers' own choices in the selection on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbChoicesSelectionTest extends ChoicesSelectionContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }
}
