package fi.kanta.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** jobs/README.md's tables of segment fields and operators name every field and operator there is. */
class SegmentDocumentationTest {

    @Test
    void theReadmeListsEveryFieldAndOperator() throws IOException {
        String readme = Files.readString(Path.of("jobs", "README.md"));
        String segments = readme.substring(readme.indexOf("### Segments"), readme.indexOf("### A run"));
        for (SegmentField field : SegmentField.values()) {
            assertThat(segments).as("README Segments names " + field.id()).contains("`" + field.id() + "`");
        }
        for (Operator operator : Operator.values()) {
            assertThat(segments).as("README Segments names " + operator.id()).contains("`" + operator.id() + "`");
        }
    }
}
