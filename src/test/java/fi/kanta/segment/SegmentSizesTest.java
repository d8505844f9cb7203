package fi.kanta.segment;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A kept segment size stands while the segment's text in segments.yml is the one it was counted by:
 * new customers do not change it until it is counted again, and an edit of the segment (not of another
 * one) sets it aside.
 */
@SpringBootTest
class SegmentSizesTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SegmentSizes sizes;

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        jdbc.update("DELETE FROM segment_size");
        segments("fi");
        TestShop shop = new TestShop(jdbc);
        shop.customer("F1", "Aino", "Aalto", "aino@example.fi", "Katu 1", "00100", "fi");
        shop.customer("S1", "Bertil", "Berg", "bertil@example.se", "Gatan 2", "65100", "sv");
    }

    @Test
    void aKeptSizeStandsUntilItsSegmentIsEditedOrCountedAgain() throws IOException {
        assertThat(sizes.kept("finnish")).isEmpty();
        assertThat(sizes.keepAll()).isEqualTo(2);
        assertThat(sizes.kept("finnish")).hasValueSatisfying(size -> assertThat(size.members()).isEqualTo(1));
        assertThat(sizes.kept("swedish")).hasValueSatisfying(size -> assertThat(size.members()).isEqualTo(1));

        new TestShop(jdbc).customer("F2", "Eino", "Eklund", "eino@example.fi", "Katu 3", "00100", "fi");
        assertThat(sizes.kept("finnish")).as("as of its count").hasValueSatisfying(size -> assertThat(size.members()).isEqualTo(1));
        assertThat(sizes.count("finnish").members()).isEqualTo(2);
        assertThat(sizes.kept("finnish")).hasValueSatisfying(size -> assertThat(size.members()).isEqualTo(2));

        segments("sv"); // "finnish" now asks for Swedish speakers: another definition
        assertThat(sizes.kept("finnish")).isEmpty();
        assertThat(sizes.kept("swedish")).as("its own text is unchanged").isPresent();
    }

    private static void segments(String finnishLanguage) throws IOException {
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/segments.yml"), """
                finnish:
                  description: Finnish speakers
                  all:
                    - { field: language, op: "=", value: %s }

                swedish:
                  description: Swedish speakers
                  all:
                    - { field: language, op: "=", value: sv }
                """.formatted(finnishLanguage));
    }
}
