package fi.kanta.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The way in: {@code /} on the console's port leads to the home page, which needs a signed-in user. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HomePage {

    @GetMapping({"/", "/console"})
    String toHome() {
        return "redirect:/console/";
    }

    @GetMapping(ConsoleSecurity.SIGN_IN)
    String signIn(@AuthenticationPrincipal SignedInUser signedIn) {
        return signedIn == null ? "console/sign-in" : "redirect:/console/";
    }

    @GetMapping("/console/")
    @PreAuthorize("hasRole('VIEWER')")
    String home() {
        return "console/home";
    }
}
