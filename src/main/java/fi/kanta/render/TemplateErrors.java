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

    static String describe(Throwable error, String renderedTemplate) {
        TemplateProcessingException located = null;
        Throwable innermost = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException p && p.hasTemplateName() && p.hasLineAndCol()) {
                located = p; // keep going: the innermost located one is the file that has the mistake
            }
            innermost = t;
        }
        String where = located == null ? renderedTemplate
                : located.getTemplateName() + " line " + located.getLine();
        return where + ": " + reason(error, innermost);
    }

    private static String reason(Throwable error, Throwable innermost) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StrictModel.UnknownVariable) {
                return t.getMessage();
            }
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return THYMELEAF_WHERE.matcher(message).replaceAll("");
    }
}
