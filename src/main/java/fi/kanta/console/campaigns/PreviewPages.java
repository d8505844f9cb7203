package fi.kanta.console.campaigns;

import fi.kanta.words.SaidError;
import static fi.kanta.console.campaigns.CampaignPages.checked;

import fi.kanta.UserError;
import fi.kanta.console.Audit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A customer's preview (MARKETER: it shows a customer's data; every view is audited by internal
 * id): the verdict, the email's subject, headers and text, its HTML in an iframe with
 * {@code sandbox=""} (no scripts, no forms, no navigation of the console) served with a policy
 * that forbids scripts, and the letter PDF. The links in them are test links that act on no one.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/console/campaigns/{name}/preview")
class PreviewPages {

    /**
     * What the email's HTML may do when shown: nothing but its own inline styles and images from
     * https or data: (as in a mail client); no script, no plugin, no form, no frame of its own; and
     * it may be framed only by the console itself.
     */
    static final String EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; font-src https: data:;"
            + " script-src 'none'; object-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox";

    private final CustomerPreviews previews;
    private final Audit audit;
    private final PageWords words;

    PreviewPages(CustomerPreviews previews, Audit audit, PageWords words) {
        this.previews = previews;
        this.audit = audit;
        this.words = words;
    }

    @GetMapping
    @PreAuthorize("hasRole('MARKETER')")
    String preview(@PathVariable String name, @RequestParam(required = false) String customer, Model model) {
        model.addAttribute("campaign", checked(name));
        model.addAttribute("customer", customer == null ? "" : customer);
        if (customer != null && !customer.isBlank()) {
            try {
                CustomerPreview preview = previews.of(name, customer);
                audit.record("customer-preview", "customer:" + preview.customerId());
                model.addAttribute("preview", preview);
            } catch (UserError e) {
                model.addAttribute("problem", SaidError.said(e, words.now()));
            }
        }
        return "console/campaigns/preview";
    }

    @GetMapping("/email.html")
    @PreAuthorize("hasRole('MARKETER')")
    ResponseEntity<String> email(@PathVariable String name, @RequestParam String customer) throws IOException {
        Path file = written(name, customer, "email.html");
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", EMAIL_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Files.readString(file));
    }

    @GetMapping("/{file:letters-[0-9]+\\.pdf}")
    @PreAuthorize("hasRole('MARKETER')")
    ResponseEntity<FileSystemResource> letter(@PathVariable String name, @PathVariable String file, @RequestParam String customer) {
        return RunPages.download(written(name, customer, file), MediaType.APPLICATION_PDF);
    }

    /** A file the preview of this customer wrote (shown only after the preview page made it). */
    private Path written(String name, String customer, String file) {
        Path found = previews.folder(checked(name), customer).resolve(file);
        if (!Files.isRegularFile(found)) {
            throw new SaidError("page.preview.first");
        }
        return found;
    }
}
