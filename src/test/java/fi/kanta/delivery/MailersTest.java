package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Which channel the settings choose, and how kanta.delivery.* binds. */
class MailersTest {

    @Configuration
    @EnableConfigurationProperties(DeliverySettings.class)
    @Import(Mailers.class)
    static class Delivery {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(Delivery.class);

    @Test
    void withoutAnSmtpHostEmailsBecomeFiles() {
        context.run(app -> {
            Mailers mailers = app.getBean(Mailers.class);
            try (Mailer mailer = mailers.open(Path.of("out/win-back/2026-W48"), HandOver.NONE)) {
                assertThat(mailer).isInstanceOf(EmlFileMailer.class);
            }
            assertThat(mailers.destination(Path.of("out"))).startsWith(".eml files");
            assertThat(app.getBean(DeliverySettings.class).connections()).isEqualTo(4);
        });
    }

    @Test
    void withAnSmtpHostEmailsGoThroughIt() {
        context.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=2525", "spring.mail.username=kanta",
                "kanta.delivery.connections=10", "kanta.delivery.rate-per-second=250", "kanta.delivery.retries=5",
                "kanta.delivery.backoff=500ms").run(app -> {
                    Mailers mailers = app.getBean(Mailers.class);
                    try (Mailer mailer = mailers.open(Path.of("unused"), HandOver.NONE)) {
                        assertThat(mailer).isInstanceOf(SmtpMailer.class);
                    }
                    assertThat(mailers.destination(Path.of("unused"))).isEqualTo("SMTP smtp://kanta@127.0.0.1:2525");
                    DeliverySettings settings = app.getBean(DeliverySettings.class);
                    assertThat(settings.connections()).isEqualTo(10);
                    assertThat(settings.ratePerSecond()).isEqualTo(250);
                    assertThat(settings.retries()).isEqualTo(5);
                    assertThat(settings.backoff()).isEqualTo(Duration.ofMillis(500));
                    assertThat(settings.dkim().enabled()).isFalse();
                });
    }

    @Test
    void aDkimKeyWithoutSelectorStopsTheStart() {
        context.withPropertyValues("kanta.delivery.dkim.key-file=/tmp/key.pem")
                .run(app -> assertThat(app).hasFailed().getFailure().hasStackTraceContaining("setting.delivery.dkim")); // needs a selector
    }
}
