package fi.kanta.web;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The newsletter sign-up on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest(properties = {UnsubscribePageContractTest.SERVLET, "kanta.web.trusted-proxies=" + SignupContractTest.PROXY,
    "kanta.signup.submissions-per-client=5"})
class HsqldbSignupTest extends SignupContractTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }
}
