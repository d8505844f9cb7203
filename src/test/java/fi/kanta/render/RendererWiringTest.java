package fi.kanta.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.KantaHome;
import fi.kanta.shop.ShopSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class RendererWiringTest {

    @Configuration
    @EnableConfigurationProperties({KantaHome.class, LetterSettings.class, Sender.class, ShopSettings.class})
    @Import({Renderer.class, ShopImages.class})
    static class RenderOnly {
    }

    @TempDir
    Path out;

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(RenderOnly.class);

    @Test
    void theRendererReadsTemplatesUnderKantaHomeAndSplitsLettersByTheConfiguredCount() {
        context.withPropertyValues("kanta.home=" + Path.of("").toAbsolutePath(), "kanta.letters.per-file=2").run(spring -> {
            Renderer renderer = spring.getBean(Renderer.class);
            CampaignTemplates winBack = renderer.open("win-back");

            List<PrintFile> files = renderer.writeLetters(winBack, out,
                    List.of(Recipients.aino(), Recipients.erik(), Recipients.emma()));

            assertThat(files).extracting(PrintFile::letters).containsExactly(2, 1);
            assertThat(files).allMatch(f -> Files.isRegularFile(f.file()));
        });
    }

    @Test
    void theSenderComesFromSettingsWithDefaults() {
        context.withPropertyValues("kanta.sender.name=Puoti Oy").run(spring ->
                assertThat(spring.getBean(Sender.class).model())
                        .containsEntry("name", "Puoti Oy").containsEntry("country", "FI").containsKey("postalCode"));
    }

    @Test
    void aCampaignWithoutTemplatesIsAClearError() {
        context.withPropertyValues("kanta.home=" + out).run(spring ->
                assertThatThrownBy(() -> spring.getBean(Renderer.class).open("win-back"))
                        .isInstanceOf(TemplateProblem.class).hasMessageContaining("no templates for campaign 'win-back'"));
    }
}
