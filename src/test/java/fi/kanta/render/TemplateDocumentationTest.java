package fi.kanta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** templates/README.md lists every variable the template check knows, and every language. */
class TemplateDocumentationTest {

    @Test
    void theTemplatesReadmeNamesEveryVariableAndLanguage() throws IOException {
        String readme = Files.readString(Path.of("templates", "README.md"));
        Map<String, Object> probe = ProbeModels.forLanguage(Locale.ENGLISH).get(0);

        probe.forEach((variable, keys) -> {
            String row = readme.lines().filter(l -> l.startsWith("| `" + variable + "` |")).findFirst().orElse("");
            assertThat(row).as(variable).isNotEmpty();
            // a list (picks) is documented by the keys of its items
            Map<?, ?> named = keys instanceof java.util.List<?> items ? (Map<?, ?>) items.get(0) : (Map<?, ?>) keys;
            named.keySet().forEach(key -> assertThat(row).as(variable + "." + key).contains(key.toString()));
        });
        assertThat(readme).contains("| `recipientAddress` |");
        Languages.SHIPPED.all().forEach(language -> assertThat(readme).contains("`" + language.getLanguage() + "`"));
    }
}
