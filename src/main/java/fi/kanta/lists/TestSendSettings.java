package fi.kanta.lists;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kanta.sending.test-addresses}: the only addresses a test send
 * ({@code kanta run CAMPAIGN --test-to ADDRESS}) may go to, so that a typo cannot mail customers'
 * messages to a stranger.
 */
@ConfigurationProperties("kanta.sending")
public record TestSendSettings(@DefaultValue({}) List<String> testAddresses) {
}
