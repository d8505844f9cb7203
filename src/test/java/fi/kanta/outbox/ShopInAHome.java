package fi.kanta.outbox;

import fi.kanta.TemporaryHome;
import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A base for the message models' tests: an empty shop in a real database, the customers' own choices
 * beside it, and the shipped templates and campaigns (templates/, jobs/) in the application's home before each test.
 */
@SpringBootTest
abstract class ShopInAHome extends TemporaryHome {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    MessageModels models;

    /** The application's home: a cached application context may have made it for another class, so not {@link #homeFolder}. */
    @Autowired
    fi.kanta.KantaHome home;

    TestShop shop;
    TestChoices choices;

    @BeforeEach
    void emptyShopAndShippedTemplates() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        choices = new TestChoices(jdbc);
        FileSystemUtils.copyRecursively(Path.of("templates"), home.home().resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.home().resolve("jobs"));
    }

    /** Writes {@code jobs/<name>.yml} beside the shipped campaigns. */
    void campaign(String name, String definition) throws IOException {
        Files.writeString(home.home().resolve("jobs").resolve(name + ".yml"), definition);
    }
}
