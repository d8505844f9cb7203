package fi.kanta.console.campaigns;

import fi.kanta.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The campaigns pages' main paths on PostgreSQL, in the browser: sign in, dry run, launch the
 * win-back on the demo shop's data and watch it finish, download its recipients and read them
 * back; the preview's sandbox; a viewer refused by the server. The same tests as on HSQLDB.
 */
@ActiveProfiles("postgres")
class PostgresCampaignsInBrowserTest extends CampaignsInBrowserTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
