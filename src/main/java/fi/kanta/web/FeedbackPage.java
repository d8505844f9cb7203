package fi.kanta.web;

import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.FeedbackQuestion;
import fi.kanta.web.FeedbackAnswers.Outcome;
import fi.kanta.web.PageCustomers.Customer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a feedback link opens. GET shows the question with the link's score chosen and records
 * nothing (mail scanners open every link of an email); POST records the score and comment the form
 * sends, replacing any earlier answer to the same question, and thanks the customer. A token that
 * is not genuine gets the 404 page and records nothing.
 */
@Controller
@RequestMapping(FeedbackLinks.PATH + "{token}")
class FeedbackPage {

    private static final Logger log = LoggerFactory.getLogger(FeedbackPage.class);
    private static final List<Integer> SCORES = IntStream.rangeClosed(FeedbackLinks.LOWEST, FeedbackLinks.HIGHEST).boxed().toList();

    private final FeedbackLinks links;
    private final PageCustomers customers;
    private final FeedbackAnswers answers;

    FeedbackPage(FeedbackLinks links, PageCustomers customers, FeedbackAnswers answers) {
        this.links = links;
        this.customers = customers;
        this.answers = answers;
    }

    @GetMapping
    String ask(@PathVariable String token, @RequestParam(name = "score", required = false) String chosen, Model model,
            HttpServletRequest request) {
        respondent(token, model, request);
        // a score the links never carry (edited by hand) just chooses nothing
        return form(token, score(chosen), null, model);
    }

    @PostMapping
    String answer(@PathVariable String token, @RequestParam(name = "score", required = false) List<String> chosen,
            @RequestParam(required = false) String comment, Model model, HttpServletRequest request, HttpServletResponse response) {
        FeedbackQuestion question = respondent(token, model, request);
        // posted to a link's own address, its ?score= comes first and the form's choice last (the
        // servlet spec puts the query before the body): the choice is what counts
        Integer score = chosen == null || chosen.isEmpty() ? null : score(chosen.get(chosen.size() - 1));
        if (score == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("mustChoose", true);
            return form(token, null, comment, model);
        }
        Outcome outcome = answers.record(question, score, comment);
        if (outcome == Outcome.NO_CUSTOMER) {
            throw new NotGenuineLinks.Refused(); // erased between reading the page and sending it
        }
        log.info("feedback answer to {}/{} from customer {}: {} ({})", question.campaign(), question.runKey(),
                question.customerId(), score, outcome == Outcome.REPLACED ? "replaced the earlier answer" : "recorded");
        model.addAttribute("score", score);
        return "web/feedback-thanks";
    }

    /** The question and its customer, with the page set up to greet them in their language; refused unless genuine. */
    private FeedbackQuestion respondent(String token, Model model, HttpServletRequest request) {
        FeedbackQuestion question = links.verify(token).orElseThrow(NotGenuineLinks.Refused::new);
        NotGenuineLinks.refuseTest(question.runKey());
        Customer customer = customers.find(question.customerId()).orElseThrow(NotGenuineLinks.Refused::new);
        CustomerLanguage.speak(request, customer.language());
        model.addAttribute("firstName", customer.firstName());
        return question;
    }

    private static String form(String token, Integer chosen, String comment, Model model) {
        // the form posts to the bare token (relative to /feedback/), leaving the link's ?score= behind:
        // the score sent is the one chosen on the page
        model.addAttribute("action", token);
        model.addAttribute("scores", SCORES);
        model.addAttribute("chosen", chosen);
        model.addAttribute("comment", comment);
        model.addAttribute("maxComment", FeedbackAnswers.MAX_COMMENT);
        return "web/feedback";
    }

    private static Integer score(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}")) {
            return null;
        }
        int score = Integer.parseInt(text.strip());
        return FeedbackLinks.isScore(score) ? score : null;
    }
}
