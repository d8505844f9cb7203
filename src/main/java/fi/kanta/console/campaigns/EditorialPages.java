package fi.kanta.console.campaigns;

import static fi.kanta.console.campaigns.CampaignPages.checked;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import fi.kanta.console.Audit;
import fi.kanta.console.SignedInUser;
import fi.kanta.editorial.Editorial;
import fi.kanta.editorial.EditorialRefused;
import fi.kanta.editorial.EditorialText;
import fi.kanta.editorial.Editorials;
import fi.kanta.shop.ShopSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly newsletter's editorial: its texts per language as a form (anyone signed in sees it, a
 * marketer saves), a preview of the form's texts as a chosen customer would get the email (the
 * HTML served apart and framed sandboxed, as the campaign preview does), and the saved versions,
 * each viewable and restorable. Saves, restores and previews are audited; a save that fails the
 * templates' check shows why beside the form and writes nothing.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/console/campaigns/{name}/editorial")
class EditorialPages {

    private final Editorials editorials;
    private final PageWords words;
    private final Audit audit;
    private final ShopSettings shop;
    private final KantaHome home;
    private final CustomerPreviews customers;

    EditorialPages(Editorials editorials, PageWords words, Audit audit, ShopSettings shop, KantaHome home, CustomerPreviews customers) {
        this.editorials = editorials;
        this.words = words;
        this.audit = audit;
        this.shop = shop;
        this.home = home;
        this.customers = customers;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    String editorial(@PathVariable String name, @RequestParam(required = false) String week, @RequestParam(required = false) Long saved,
            Model model) {
        String campaign = withEditorial(name);
        String shown = week != null && editorials.weeks(campaign).contains(week) ? week : editorials.thisWeek(campaign);
        page(model, editorials.current(campaign, shown));
        model.addAttribute("saved", saved);
        return "console/campaigns/editorial";
    }

    @PostMapping
    @PreAuthorize("hasRole('MARKETER')")
    String save(@PathVariable String name, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
            Model model, HttpServletResponse response) {
        String campaign = withEditorial(name);
        Editorial draft = fromForm(campaign, form);
        try {
            long id = editorials.save(draft, user.id(), Optional.empty(), words.now());
            audit.record("editorial-save", "editorial:" + campaign + "/" + id);
            return "redirect:/console/campaigns/" + campaign + "/editorial?week=" + draft.week() + "&saved=" + id;
        } catch (EditorialRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(model, draft);
            model.addAttribute("mistakes", refused.mistakes());
            return "console/campaigns/editorial";
        }
    }

    /** The form's texts, unsaved, as the customer named would get them (MARKETER: a customer's data; audited by internal id). */
    @PostMapping("/preview")
    @PreAuthorize("hasRole('MARKETER')")
    String preview(@PathVariable String name, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
            Model model, HttpServletResponse response) throws IOException {
        String campaign = withEditorial(name);
        Editorial draft = fromForm(campaign, form);
        page(model, draft);
        String customer = Optional.ofNullable(form.getFirst("customer")).orElse("").strip();
        model.addAttribute("customer", customer);
        model.addAttribute("previewAsked", true);
        try {
            Editorials.DraftPreview preview = editorials.preview(draft, customers.externalId(customer), words.now());
            audit.record("customer-preview", "customer:" + preview.customerId());
            Path file = previewFile(campaign, user);
            Files.createDirectories(file.getParent());
            Files.writeString(file, preview.email().html(), StandardCharsets.UTF_8);
            model.addAttribute("preview", preview);
        } catch (EditorialRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("mistakes", refused.mistakes());
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("previewProblem", SaidError.said(e, words.now()));
        }
        return "console/campaigns/editorial";
    }

    /** The HTML of the signed-in user's last preview, for the sandboxed frame: no script may run in it. */
    @GetMapping("/preview.html")
    @PreAuthorize("hasRole('MARKETER')")
    ResponseEntity<String> previewHtml(@PathVariable String name, @AuthenticationPrincipal SignedInUser user) throws IOException {
        Path file = previewFile(withEditorial(name), user);
        if (!Files.isRegularFile(file)) {
            throw new SaidError("editorial.preview.none");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PreviewPages.EMAIL_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Files.readString(file, StandardCharsets.UTF_8));
    }

    @GetMapping("/versions/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    String version(@PathVariable String name, @PathVariable long id, Model model) {
        String campaign = withEditorial(name);
        model.addAttribute("campaign", campaign);
        model.addAttribute("version", editorials.version(campaign, id));
        model.addAttribute("thisWeek", editorials.thisWeek(campaign));
        return "console/campaigns/editorial-version";
    }

    /** The version's texts saved again as this week's, checked as any save is. */
    @PostMapping("/versions/{id}/restore")
    @PreAuthorize("hasRole('MARKETER')")
    String restore(@PathVariable String name, @PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response) {
        String campaign = withEditorial(name);
        Editorial earlier = editorials.version(campaign, id).editorial();
        Editorial again = new Editorial(campaign, editorials.thisWeek(campaign), earlier.texts());
        try {
            long saved = editorials.save(again, user.id(), Optional.of(id), words.now());
            audit.record("editorial-restore", "editorial:" + campaign + "/" + saved);
            return "redirect:/console/campaigns/" + campaign + "/editorial?week=" + again.week() + "&saved=" + saved;
        } catch (EditorialRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(model, again);
            model.addAttribute("mistakes", refused.mistakes());
            return "console/campaigns/editorial";
        }
    }

    private void page(Model model, Editorial editorial) {
        String campaign = editorial.campaign();
        model.addAttribute("campaign", campaign);
        model.addAttribute("editorial", editorial);
        model.addAttribute("languages", editorial.texts().stream().map(EditorialText::language).toList());
        model.addAttribute("weeks", editorials.weeks(campaign));
        model.addAttribute("thisWeek", editorials.thisWeek(campaign));
        model.addAttribute("versions", editorials.versions(campaign));
        model.addAttribute("mistakes", List.of());
    }

    /** The form's fields: week, and title_fi, story_fi, offer_fi, categoryOffers_fi for each of the shop's languages. */
    private Editorial fromForm(String campaign, MultiValueMap<String, String> form) {
        String week = Optional.ofNullable(form.getFirst("week")).orElse("");
        List<EditorialText> texts = shop.languages().stream().map(String::strip).filter(code -> code.matches("[a-z]{2,3}")).distinct()
                .map(language -> new EditorialText(language, form.getFirst("title_" + language), form.getFirst("story_" + language),
                        form.getFirst("offer_" + language), form.getFirst("categoryOffers_" + language)))
                .toList();
        return new Editorial(campaign, week, texts);
    }

    /** Each user's preview apart, so two marketers previewing at once see their own. */
    private Path previewFile(String campaign, SignedInUser user) {
        return home.out(campaign, "preview", "editorial", user.id() + ".html");
    }

    private String withEditorial(String name) {
        String campaign = checked(name);
        if (!editorials.has(campaign)) {
            throw new SaidError("editorial.none", campaign, "editorial.html");
        }
        return campaign;
    }
}
