package fi.kanta.web;

import fi.kanta.links.SignupLinks;
import fi.kanta.links.SignupLinks.SignupToken;
import fi.kanta.signup.Signups;
import fi.kanta.signup.Signups.Confirmed;
import fi.kanta.signup.Signups.Pending;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a sign-up's confirmation link opens, in the language chosen on the form. GET asks and
 * records nothing (mail scanners open every link of an email); the button's POST confirms: the
 * newsletter consent with source double-opt-in and its proof ({@link Signups#confirm}). A token that
 * is not genuine, or whose sign-up expired or is gone, gets the "link not valid" page (404).
 */
@Controller
@RequestMapping(SignupLinks.PATH + "{token}")
class SubscribePage {

    private final SignupLinks links;
    private final Signups signups;
    private final ClientAddresses clients;

    SubscribePage(SignupLinks links, Signups signups, ClientAddresses clients) {
        this.links = links;
        this.signups = signups;
        this.clients = clients;
    }

    @GetMapping
    String ask(@PathVariable String token, Model model, HttpServletRequest request) {
        Pending signup = signups.find(genuine(token)).orElseThrow(NotGenuineLinks.Refused::new);
        show(signup, model, request);
        if (signup.confirmed()) {
            model.addAttribute("alreadyDone", true);
            return "web/subscribed";
        }
        return "web/subscribe";
    }

    @PostMapping
    String confirm(@PathVariable String token, Model model, HttpServletRequest request) {
        Confirmed confirmed = signups.confirm(genuine(token), clients.of(request)).orElseThrow(NotGenuineLinks.Refused::new);
        show(confirmed.signup(), model, request);
        model.addAttribute("alreadyDone", !confirmed.now());
        return "web/subscribed";
    }

    private SignupToken genuine(String token) {
        return links.verify(token).orElseThrow(NotGenuineLinks.Refused::new);
    }

    private static void show(Pending signup, Model model, HttpServletRequest request) {
        CustomerLanguage.speak(request, signup.language());
        model.addAttribute("firstName", signup.firstName());
        model.addAttribute("email", signup.email());
    }
}
