package fi.kanta.console.campaigns;

import static fi.kanta.console.campaigns.CampaignPages.checked;
import static fi.kanta.console.campaigns.CampaignPages.checkedRunKey;

import fi.kanta.console.Audit;
import fi.kanta.console.SignedInUser;
import fi.kanta.run.RunStates;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A run's page: live progress (the page reloads itself every few seconds while the run works: no
 * script), what failed and why, stop and resume (MARKETER, CSRF), the downloads and the results.
 * A viewer may download only what carries no personal data: the report's Summary sheet.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/console/campaigns/{name}/runs/{runKey}")
class RunPages {

    /** How often a working run's page loads itself again: each look is a few index reads. */
    static final int REFRESH_SECONDS = 2;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RunWatch watch;
    private final RunStates states;
    private final RunsInBackground launches;
    private final RunDownloads downloads;
    private final RunResultsPage results;
    private final Audit audit;

    RunPages(RunWatch watch, RunStates states, RunsInBackground launches, RunDownloads downloads, RunResultsPage results, Audit audit) {
        this.watch = watch;
        this.states = states;
        this.launches = launches;
        this.downloads = downloads;
        this.results = results;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    String run(@PathVariable String name, @PathVariable String runKey, Model model, HttpServletResponse response) {
        RunProgress progress = watch.of(checked(name), checkedRunKey(runKey));
        if (progress.going()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS)); // live progress without a script
        }
        model.addAttribute("campaign", name);
        model.addAttribute("runKey", runKey);
        model.addAttribute("progress", progress);
        model.addAttribute("letterFiles", downloads.letterFiles(name, runKey));
        return "console/campaigns/run";
    }

    @PostMapping("/stop")
    @PreAuthorize("hasRole('MARKETER')")
    String stop(@PathVariable String name, @PathVariable String runKey) {
        boolean stopping = states.stop(checked(name), checkedRunKey(runKey));
        audit.record("run-stop", "run:" + name + "/" + runKey);
        return "redirect:/console/campaigns/" + name + "/runs/" + runKey + (stopping ? "?stopping" : "?not-running");
    }

    @PostMapping("/resume")
    @PreAuthorize("hasRole('MARKETER')")
    String resume(@PathVariable String name, @PathVariable String runKey) {
        launches.resume(checked(name), checkedRunKey(runKey));
        audit.record("run-resume", "run:" + name + "/" + runKey);
        return "redirect:/console/campaigns/" + name + "/runs/" + runKey;
    }

    @GetMapping("/results")
    @PreAuthorize("hasRole('VIEWER')")
    String results(@PathVariable String name, @PathVariable String runKey, Model model) {
        model.addAttribute("campaign", name);
        model.addAttribute("runKey", runKey);
        model.addAttribute("results", results.of(checked(name), checkedRunKey(runKey)));
        return "console/campaigns/results";
    }

    @GetMapping("/recipients.xlsx")
    @PreAuthorize("hasRole('MARKETER')")
    ResponseEntity<FileSystemResource> recipients(@PathVariable String name, @PathVariable String runKey) {
        Path file = downloads.recipients(checked(name), checkedRunKey(runKey));
        audit.record("run-export-recipients", "run:" + name + "/" + runKey);
        return download(file, XLSX);
    }

    /** The whole report for a marketer; for a viewer its Summary alone, which names no one. */
    @GetMapping("/report.xlsx")
    @PreAuthorize("hasRole('VIEWER')")
    ResponseEntity<FileSystemResource> report(@PathVariable String name, @PathVariable String runKey,
            @AuthenticationPrincipal SignedInUser user) {
        checked(name);
        checkedRunKey(runKey);
        boolean personal = user.may("MARKETER");
        Path file = personal ? downloads.report(name, runKey) : downloads.reportSummary(name, runKey);
        audit.record(personal ? "run-export-report" : "run-export-summary", "run:" + name + "/" + runKey);
        return download(file, XLSX);
    }

    @GetMapping("/letters/{file}")
    @PreAuthorize("hasRole('MARKETER')")
    ResponseEntity<FileSystemResource> letters(@PathVariable String name, @PathVariable String runKey, @PathVariable String file) {
        Path found = downloads.letterFile(checked(name), checkedRunKey(runKey), file);
        audit.record("run-export-letters", "run:" + name + "/" + runKey);
        return download(found, file.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("text/csv"));
    }

    static ResponseEntity<FileSystemResource> download(Path file, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFileName().toString())
                        .build().toString())
                .body(new FileSystemResource(file));
    }
}
