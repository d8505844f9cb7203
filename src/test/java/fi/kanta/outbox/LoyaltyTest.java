package fi.kanta.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every RFM segment has a loyalty status, and every status a sentence in every language the templates speak. */
class LoyaltyTest {

    private static final String[] SEGMENTS = {"Champions", "Loyal", "Potential loyalist", "New", "Promising", "Need attention",
        "About to sleep", "Can't lose them", "At risk", "Hibernating", "Lost"};

    @Test
    void everySegmentHasAStatusWithASentenceInFinnishSwedishAndEnglish() throws IOException {
        for (String language : new String[] {"fi", "sv", "en"}) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("templates", "messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String segment : SEGMENTS) {
                assertThat(Loyalty.of(segment)).as(segment).isNotNull();
                assertThat(messages.getProperty("loyalty." + Loyalty.of(segment))).as(language + " " + segment).isNotBlank();
            }
        }
        assertThat(Loyalty.of(null)).isNull();
    }
}
