package fi.kanta.home;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The shipped campaign definitions and templates ({@code jobs/}, {@code templates/} of the
 * repository, packed into the jar under {@code examples/}): {@code kanta init} and the demo copy the
 * ones a Kanta home lacks, and never overwrite a file the marketer may have edited.
 */
final class ExampleFiles {

    private static final String ROOT = "examples/";

    private ExampleFiles() {
    }

    /** Copies the missing example files; returns the ones copied, relative to the home. */
    static List<Path> install(Path home) throws IOException {
        List<Path> copied = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.*")) {
            String url = resource.getURL().toString();
            Path relative = Path.of(url.substring(url.lastIndexOf(ROOT) + ROOT.length()));
            Path target = home.resolve(relative);
            if (!resource.isReadable() || Files.exists(target)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, target);
            }
            copied.add(relative);
        }
        return copied;
    }
}
