package fi.kanta.console.customers;

import fi.kanta.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Customer search (id, email, name prefix, postal code) and a customer's time line on PostgreSQL, in the browser: the same tests as on HSQLDB. */
@ActiveProfiles("postgres")
class PostgresCustomersInBrowserTest extends CustomersInBrowserTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
