package fi.kanta.console.campaigns;

import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A mistake the marketer can mend (an unknown campaign, a definition that does not read, a run
 * that cannot be resumed now, a wrong import file) is shown as a page saying what, in the
 * console's layout, with status 400; nothing was half-done (each service checks before it writes).
 */
@ControllerAdvice(basePackages = {"fi.kanta.console.campaigns", "fi.kanta.console.segments", "fi.kanta.console.imports"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleProblems {

    private final PageWords words;

    ConsoleProblems(PageWords words) {
        this.words = words;
    }

    @ExceptionHandler(UserError.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String problem(UserError error, Model model, jakarta.servlet.http.HttpServletRequest request) {
        // a said error in the signed-in user's language; any other as its own message
        model.addAttribute("problem", SaidError.said(error, words.now()));
        // the layout's own model attributes are not made for an error's page: the same here
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof fi.kanta.console.SignedInUser user) {
            model.addAttribute("signedIn", user);
        }
        model.addAttribute("path", request.getServletPath());
        return "console/campaigns/problem";
    }
}
