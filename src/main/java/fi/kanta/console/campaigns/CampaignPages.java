package fi.kanta.console.campaigns;

import fi.kanta.console.Audit;
import fi.kanta.console.SignedInUser;
import fi.kanta.words.SaidError;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The campaigns pages: the list with each definition's validation, a campaign's page (definition,
 * last runs), its dry run, and the launch: a confirmation page with the funnel and the cost, then
 * a POST (CSRF token, MARKETER) that starts the run in the background and leads to the run's page.
 * Any signed-in user sees; only a marketer launches.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/console/campaigns")
class CampaignPages {

    /** A campaign's name as jobs/ allows it; anything else never reaches the services or a path. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** A run key as Kanta makes or accepts them: no slash, no leading dot. */
    static final Pattern RUN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final CampaignBoard board;
    private final RunsInBackground launches;
    private final Audit audit;
    private final fi.kanta.editorial.Editorials editorials;
    private final LaunchApprovals approvals;

    CampaignPages(CampaignBoard board, RunsInBackground launches, Audit audit, fi.kanta.editorial.Editorials editorials,
            LaunchApprovals approvals) {
        this.editorials = editorials;
        this.approvals = approvals;
        this.board = board;
        this.launches = launches;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    String list(Model model) {
        model.addAttribute("campaigns", board.all());
        return "console/campaigns/list";
    }

    @GetMapping("/{name}")
    @PreAuthorize("hasRole('VIEWER')")
    String campaign(@PathVariable String name, Model model) {
        model.addAttribute("page", board.page(checked(name)));
        model.addAttribute("hasEditorial", editorials.has(name));
        model.addAttribute("approvalNeeded", approvals.needed());
        model.addAttribute("waitingLaunches", approvals.waiting(name));
        return "console/campaigns/campaign";
    }

    /** The whole selection made and rolled back: nothing is written, so a viewer may ask too (names only for marketers). */
    @GetMapping("/{name}/dry-run")
    @PreAuthorize("hasRole('VIEWER')")
    String dryRun(@PathVariable String name, Model model) {
        model.addAttribute("dry", board.dryRun(checked(name)));
        return "console/campaigns/dry-run";
    }

    @GetMapping("/{name}/launch")
    @PreAuthorize("hasRole('MARKETER')")
    String confirmLaunch(@PathVariable String name, Model model) {
        model.addAttribute("dry", board.dryRun(checked(name)));
        model.addAttribute("approvalNeeded", approvals.needed());
        return "console/campaigns/launch";
    }

    @PostMapping("/{name}/launch")
    @PreAuthorize("hasRole('MARKETER')")
    String launch(@PathVariable String name, @AuthenticationPrincipal SignedInUser user) {
        if (approvals.needed()) { // kept until another marketer decides
            PendingLaunch asked = approvals.ask(checked(name), launches.runKeyNow(name), user.id());
            audit.record("launch-ask", "run:" + asked.run());
            return "redirect:/console/campaigns/" + name + "?asked=" + asked.id();
        }
        String run = launches.launch(checked(name));
        audit.record("run-launch", "run:" + run);
        return "redirect:/console/campaigns/" + run.replace("/", "/runs/");
    }

    /** Another marketer's launch approved: it starts now, for the run key it was asked for. */
    @PostMapping("/{name}/launches/{id}/approve")
    @PreAuthorize("hasRole('MARKETER')")
    String approve(@PathVariable String name, @PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        PendingLaunch approved = approvals.decide(checked(name), id, user.id(), true);
        audit.record("launch-approve", "run:" + approved.run());
        String run = launches.launch(approved.campaign(), approved.runKey());
        audit.record("run-launch", "run:" + run);
        return "redirect:/console/campaigns/" + run.replace("/", "/runs/");
    }

    @PostMapping("/{name}/launches/{id}/reject")
    @PreAuthorize("hasRole('MARKETER')")
    String reject(@PathVariable String name, @PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        PendingLaunch rejected = approvals.decide(checked(name), id, user.id(), false);
        audit.record("launch-reject", "run:" + rejected.run());
        return "redirect:/console/campaigns/" + name + "?rejected=" + rejected.id();
    }

    static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SaidError("page.no-campaign", name);
        }
        return name;
    }

    static String checkedRunKey(String runKey) {
        if (runKey == null || !RUN_KEY.matcher(runKey).matches()) {
            throw new SaidError("page.no-run-key", runKey);
        }
        return runKey;
    }
}
