package fi.kanta;

import fi.kanta.cli.Kanta;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kanta: a batch marketing-campaign pipeline. {@code main} is the {@code kanta} command. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KantaApplication {

    public static void main(String[] args) {
        System.exit(Kanta.run(args));
    }
}
