package fi.kanta;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A base for Spring Boot tests whose Kanta home is a temporary folder per concrete test class:
 * HSQLDB keeps its file there, and the link secret, jobs/ and out/ go there too, never into the
 * working tree.
 */
public abstract class TemporaryHome {

    @TempDir
    protected static Path homeFolder;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", homeFolder::toString);
    }
}
