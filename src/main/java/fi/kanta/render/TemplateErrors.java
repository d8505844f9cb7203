package fi.kanta.render;

import java.util.regex.Pattern;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Turns Thymeleaf's nested exceptions into one line a marketer can act on:
 * {@code win-back/email.html line 12: unknown variable 'offer.cod'}.
 */
final class TemplateErrors {

    private static final Pattern THYMELEAF_WHERE = Pattern.compile("\\s*\\(template: .*\\)\\s*$", Pattern.DOTALL);

    private TemplateErrors() {
    }

    /** The problem of {@code error}, naming the file and line where Thymeleaf located it, else {@code renderedTemplate}. */
    static TemplateProblem problem(Throwable error, String renderedTemplate) {
        TemplateProcessingException located = null;
        Throwable innermost = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException p && p.hasTemplateName() && p.hasLineAndCol()) {
                located = p; // keep going: the innermost located one is the file that has the mistake
            }
            innermost = t;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StrictModel.UnknownVariable unknown) {
                return located == null
                        ? new TemplateProblem(error, "template.unknown-variable", renderedTemplate, unknown.name())
                        : new TemplateProblem(error, "template.line.unknown-variable", located.getTemplateName(),
                                String.valueOf(located.getLine()), unknown.name());
            }
        }
        Object reason = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnrenderableMessage message) {
                reason = message.reason(); // ours: said in the marketer's language
            }
        }
        if (reason == null) {
            // Thymeleaf's own reason is quoted as it wrote it: it names the expression that failed
            String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
            reason = THYMELEAF_WHERE.matcher(message).replaceAll("");
        }
        return located == null ? new TemplateProblem(error, "template.fails", renderedTemplate, reason)
                : new TemplateProblem(error, "template.line.fails", located.getTemplateName(), String.valueOf(located.getLine()), reason);
    }
}
