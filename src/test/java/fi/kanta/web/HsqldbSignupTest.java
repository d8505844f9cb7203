package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kanta.signup.AfterConfirmation;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The newsletter sign-up on the embedded default: an HSQLDB file database in a temporary home; and,
 * here only, the hook erasure will implement, called once per confirmation in its transaction.
 */
@SpringBootTest(properties = {UnsubscribePageContractTest.SERVLET, "kanta.web.trusted-proxies=" + SignupContractTest.PROXY,
    "kanta.signup.submissions-per-client=5"})
class HsqldbSignupTest extends SignupContractTest {

    static final List<String> CONFIRMED = new CopyOnWriteArrayList<>();

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @TestConfiguration
    static class Hook {

        /** Records each call, and that the consent it follows is already there (the same transaction). */
        @Bean
        AfterConfirmation recording(org.springframework.jdbc.core.JdbcTemplate jdbc) {
            return (String emailKey, List<Long> customerIds, LocalDateTime confirmedAt) -> CONFIRMED.add(emailKey + " " + customerIds
                    + " " + jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE given_at = ? AND source = 'double-opt-in'",
                    Long.class, java.sql.Timestamp.valueOf(confirmedAt)));
        }
    }

    @Test
    void everyAfterConfirmationHearsOfTheConfirmedAddressOnceInTheConfirmingTransaction() throws Exception {
        CONFIRMED.clear();
        long aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "fi");
        long same = shop.customer("C2", "Aino", "Mäkelä", "AINO@example.fi", "Katu 2", "00100", "fi");
        signUp("Aino@Example.fi", null, "fi");
        String link = link(onlyEmail());

        web.perform(post(link)).andExpect(status().isOk());
        web.perform(post(link)).andExpect(status().isOk());

        assertThat(CONFIRMED).containsExactly("aino@example.fi " + List.of(aino, same) + " 2");
    }
}
