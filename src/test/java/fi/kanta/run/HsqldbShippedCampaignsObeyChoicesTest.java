package fi.kanta.run;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shipped campaigns obey the customers' own choices on the embedded default, an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbShippedCampaignsObeyChoicesTest extends ShippedCampaignsObeyChoicesContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }
}
