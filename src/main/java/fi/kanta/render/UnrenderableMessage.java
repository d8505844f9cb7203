package fi.kanta.render;

import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A {@code #{...}} message that cannot be given to the template (missing in the language's files,
 * a placeholder that names no value), thrown inside Thymeleaf's rendering with its {@link Reason},
 * so that the {@link TemplateProblem} it becomes says it in the marketer's language.
 */
final class UnrenderableMessage extends TemplateProcessingException {

    private final transient Reason reason;

    UnrenderableMessage(Reason reason) {
        super(reason.toString());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
