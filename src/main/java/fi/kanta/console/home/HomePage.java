package fi.kanta.console.home;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /console/} (every signed-in user): the home page. Its runs-in-progress part is also a page of
 * its own ({@code /console/home/runs}), which the page's script fetches every few seconds while a run
 * is in progress; without scripts the page shows the runs as they were when it was opened.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HomePage {

    private final HomeFacts facts;

    HomePage(HomeFacts facts) {
        this.facts = facts;
    }

    @GetMapping("/console/")
    String home(Model model) {
        model.addAttribute("status", facts.status());
        model.addAttribute("runs", facts.runsInProgress());
        model.addAttribute("nextRuns", facts.nextRuns());
        model.addAttribute("nps", facts.nps());
        model.addAttribute("results", facts.results());
        return "console/home";
    }

    @GetMapping("/console/home/runs")
    String runs(Model model) {
        model.addAttribute("runs", facts.runsInProgress());
        return "console/home :: runs";
    }
}
