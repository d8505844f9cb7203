package fi.kanta;

import java.beans.PropertyEditorSupport;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Path settings ({@code kanta.home}) are file-system paths, relative to the working directory.
 * Spring's own editor resolves a relative path that exists as a resource of the application
 * context, and in the web application ({@code kanta serve}) "." is then Tomcat's temporary
 * document root. Settings binding uses the registered editors first, so this one wins.
 */
@Configuration(proxyBeanMethods = false)
class FileSystemPaths {

    @Bean
    static CustomEditorConfigurer fileSystemPathEditor() {
        CustomEditorConfigurer editors = new CustomEditorConfigurer();
        editors.setCustomEditors(Map.of(Path.class, Editor.class));
        return editors;
    }

    /** {@code Path.of(text)}, nothing more. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(Path.of(text));
        }
    }
}
