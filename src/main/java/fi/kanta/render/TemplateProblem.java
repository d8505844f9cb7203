package fi.kanta.render;

import fi.kanta.UserError;

/** A campaign template that cannot be rendered: its message names the template file and line. */
public class TemplateProblem extends UserError {

    TemplateProblem(String message) {
        super(message);
    }

    TemplateProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
