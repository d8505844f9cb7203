package fi.kanta.web;

import fi.kanta.shop.ShopSettings;
import fi.kanta.signup.SignupForm;
import fi.kanta.signup.Signups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The newsletter sign-up form ({@code /signup}, {@code ?lang=fi|sv|en} to choose the page's
 * language, else the browser's) and its answer. Every submission that is filled in right gets the
 * same "check your inbox" page, at once, whoever the address belongs to ({@link Signups} does the
 * rest in the background); a mistake shows the form again naming the field (400), and too many
 * submissions from one client address get "try again later" (429). The shop's own site may post the
 * same fields to this address (docs/operating.md "The sign-up form").
 */
@Controller
@RequestMapping(SignupPage.PATH)
class SignupPage {

    static final String PATH = "/signup";

    private final Signups signups;
    private final ClientAddresses clients;
    private final List<String> languages;

    SignupPage(Signups signups, ClientAddresses clients, ShopSettings shop) {
        this.signups = signups;
        this.clients = clients;
        // the languages the page speaks, of those the shop writes to
        List<String> spoken = shop.languages().stream().filter(code -> CustomerLanguage.of(code).getLanguage().equals(code)).toList();
        this.languages = spoken.isEmpty() ? List.of(Locale.ENGLISH.getLanguage()) : spoken;
    }

    @GetMapping
    String form(@RequestParam(name = "lang", required = false) String lang, Model model, HttpServletRequest request) {
        if (lang != null) {
            CustomerLanguage.speak(request, lang);
        }
        return form(model, List.of(), null, null, pageLanguage(request));
    }

    @PostMapping
    String submit(@RequestParam(required = false) String email, @RequestParam(name = "first_name", required = false) String firstName,
            @RequestParam(required = false) String language, @RequestParam(required = false) String website, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (language != null && languages.contains(language)) {
            CustomerLanguage.speak(request, language);
        }
        SignupForm.Checked checked = SignupForm.check(email, firstName, language == null ? pageLanguage(request) : language, languages);
        boolean trap = website != null && !website.isEmpty();
        if (!checked.ok() && !trap) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, checked.mistakes().stream().map(SignupForm.Field::formName).toList(), email, firstName,
                    language == null ? pageLanguage(request) : language);
        }
        if (signups.submit(clients.of(request), checked.form(), trap) == Signups.Answer.TOO_MANY) {
            response.setStatus(429);
            return "web/signup-limited";
        }
        return "web/signup-sent";
    }

    private String form(Model model, List<String> mistakes, String email, String firstName, String language) {
        model.addAttribute("mistakes", mistakes);
        model.addAttribute("email", email);
        model.addAttribute("firstName", firstName);
        model.addAttribute("languages", languages);
        model.addAttribute("language", language);
        return "web/signup";
    }

    /** The language the page speaks, when the shop writes in it; else the shop's first. */
    private String pageLanguage(HttpServletRequest request) {
        String spoken = RequestContextUtils.getLocaleResolver(request) == null ? Locale.ENGLISH.getLanguage()
                : RequestContextUtils.getLocaleResolver(request).resolveLocale(request).getLanguage();
        return languages.contains(spoken) ? spoken : languages.get(0);
    }
}
