package fi.kanta.console.imports;

import fi.kanta.KantaHome;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads are written to disk as they arrive (threshold 0: not a byte is kept in memory), under
 * the home's {@code out/import/incoming/}, and may be as large as {@code kanta.console.max-upload}
 * (4 GB: Spring's default of 1 MB would refuse a real customer file). The folder is made here,
 * before the first upload, as the servlet container needs it to exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadsOnDisk {

    @Bean
    MultipartConfigElement multipartConfigElement(KantaHome home, @Value("${kanta.console.max-upload:4GB}") DataSize largest) {
        Path incoming = home.out("import", "incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MultipartConfigElement(incoming.toString(), largest.toBytes(), largest.toBytes() + 1_048_576, 0);
    }
}
