package fi.kanta;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kanta.demo=true}: this home is the demo shop ({@code kanta demo} writes it into the home's
 * kanta.properties), so its made-up sender and addresses may be used for letters and emails.
 */
@ConfigurationProperties("kanta")
public record DemoHome(boolean demo) {
}
