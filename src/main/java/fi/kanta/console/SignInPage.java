package fi.kanta.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way in: {@code /} on the console's port leads to the home page ({@code console/home/HomePage}),
 * which sends a visitor not signed in here.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInPage {

    @GetMapping({"/", "/console"})
    String toHome() {
        return "redirect:/console/";
    }

    @GetMapping(ConsoleSecurity.SIGN_IN)
    String signIn(@AuthenticationPrincipal SignedInUser signedIn) {
        return signedIn == null ? "console/sign-in" : "redirect:/console/";
    }
}
