package fi.kanta.console;

import fi.kanta.web.CustomerLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page's layout needs, for the pages of this package and its subpackages: the
 * signed-in user ({@code signedIn}: name, role, {@code may(...)}) and the path shown
 * ({@code path}, for the navigation's current page); and the page speaks the user's language.
 */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsolePages {

    @ModelAttribute
    void layout(Model model, HttpServletRequest request, @AuthenticationPrincipal SignedInUser signedIn) {
        if (signedIn != null) {
            CustomerLanguage.speak(request, signedIn.language());
            model.addAttribute("signedIn", signedIn);
        }
        model.addAttribute("path", request.getServletPath());
    }
}
