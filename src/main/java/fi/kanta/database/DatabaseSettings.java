package fi.kanta.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How {@code kanta serve} shares the embedded database ({@code kanta.db.*}): the loopback port. */
@ConfigurationProperties("kanta.db")
public record DatabaseSettings(@DefaultValue("9137") int serverPort) {
}
