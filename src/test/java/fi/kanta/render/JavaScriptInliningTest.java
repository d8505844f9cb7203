package fi.kanta.render;

import static fi.kanta.render.Recipients.aino;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;

/**
 * Thymeleaf's JavaScript serializer is made only when a template inlines a value into a script
 * ({@link JavaScriptOnUse}); a template that does gets exactly what Thymeleaf's own serializer writes.
 */
class JavaScriptInliningTest {

    @TempDir
    Path temp;

    @Test
    void aValueInlinedIntoAScriptIsWhatThymeleafsOwnSerializerWrites() throws Exception {
        TemplateFolder folder = TemplateFolder.copyOfShipped(temp);
        folder.replace("win-back/email.html", "</main>", "<script th:inline=\"javascript\">var customer = [[${customer}]];</script></main>");
        Map<String, Object> aino = aino();

        String html = CampaignTemplates.open(temp, "win-back").email(aino).html();

        StringWriter expected = new StringWriter();
        new StandardJavaScriptSerializer(true).serializeValue(aino.get("customer"), expected);
        assertThat(expected.toString()).contains("\"firstName\":\"Aino\"");
        assertThat(html).contains("var customer = " + expected + ";");
    }
}
