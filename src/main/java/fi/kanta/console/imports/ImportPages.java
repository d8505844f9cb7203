package fi.kanta.console.imports;

import fi.kanta.console.Audit;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.words.SaidError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The imports pages (MARKETER): upload a CSV or .xlsx file of any import kind (streamed to disk by
 * the servlet container, never held in memory), then follow its import: rows read, the summary,
 * and the reject report to download. Every upload and every reject report handed out is audited.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/console/imports")
@PreAuthorize("hasRole('MARKETER')")
class ImportPages {

    private final ImportUploads uploads;
    private final Audit audit;

    ImportPages(ImportUploads uploads, Audit audit) {
        this.uploads = uploads;
        this.audit = audit;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("kinds", Arrays.stream(ImportKind.values()).map(ImportKind::label).toList());
        model.addAttribute("uploads", uploads.recent());
        return "console/imports/form";
    }

    @PostMapping
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file) throws IOException {
        ImportKind chosen = Arrays.stream(ImportKind.values()).filter(k -> k.label().equals(kind)).findFirst()
                .orElseThrow(() -> new SaidError("page.import.kind"));
        if (file == null || file.isEmpty()) {
            throw new SaidError("page.import.file");
        }
        Path placed = uploads.place(file.getOriginalFilename());
        file.transferTo(placed); // the container wrote it to disk already: this moves it
        // the name as the user knows it (shown escaped); the file on disk has a safe name of its own
        long number = uploads.start(chosen, placed, ImportUploads.baseName(file.getOriginalFilename()));
        audit.record("import-upload", "import:" + chosen.label() + "/" + number);
        return "redirect:/console/imports/" + number;
    }

    @GetMapping("/{number}")
    String upload(@PathVariable long number, Model model, jakarta.servlet.http.HttpServletResponse response) {
        ImportUploads.Upload upload = uploads.upload(number).orElseThrow(() -> new SaidError("page.import.none", String.valueOf(number)));
        if (upload.going()) {
            response.setHeader("Refresh", "2"); // rows read so far, without a script
        }
        model.addAttribute("upload", upload);
        return "console/imports/upload";
    }

    @GetMapping("/{number}/rejects.csv")
    ResponseEntity<FileSystemResource> rejects(@PathVariable long number) {
        ImportUploads.Upload upload = uploads.upload(number).orElseThrow(() -> new SaidError("page.import.none", String.valueOf(number)));
        Path report = upload.outcome().map(o -> o.rejectReport()).filter(Files::isRegularFile)
                .orElseThrow(() -> new SaidError("page.import.no-rejects", String.valueOf(number)));
        audit.record("import-rejects", "import:" + upload.kind().name().toLowerCase(Locale.ROOT) + "/" + number);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rejects-" + number + ".csv").build()
                        .toString())
                .body(new FileSystemResource(report));
    }
}
