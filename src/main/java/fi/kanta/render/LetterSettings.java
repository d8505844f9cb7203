package fi.kanta.render;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Letter print files ({@code kanta.letters.*} in application.properties).
 *
 * @param perFile letters per PDF file handed to the print house
 */
@ConfigurationProperties("kanta.letters")
public record LetterSettings(@DefaultValue("500") int perFile) {

    public LetterSettings {
        if (perFile < 1) {
            throw new RenderProblem(new Reason("letters.per-file", perFile));
        }
    }
}
