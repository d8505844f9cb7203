package fi.kanta.console.segments;

import fi.kanta.console.Audit;
import fi.kanta.lists.ListExport;
import fi.kanta.words.SaidError;
import java.util.regex.Pattern;
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

/**
 * The segments pages: each named segment with its size and how long counting took; one segment
 * with its definition and (for a marketer) a sample of its members; its export as .xlsx or CSV
 * (MARKETER, CSRF, audited).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/console/segments")
class SegmentPages {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final SegmentBoard board;
    private final Audit audit;

    SegmentPages(SegmentBoard board, Audit audit) {
        this.board = board;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    String list(Model model) {
        model.addAttribute("segments", board.all());
        return "console/segments/list";
    }

    @GetMapping("/{name}")
    @PreAuthorize("hasRole('VIEWER')")
    String segment(@PathVariable String name, @RequestParam(name = "count", required = false) String count, Model model) {
        // ?count=now: the link beside a kept size counts the segment afresh
        model.addAttribute("segment", board.page(checked(name), "now".equals(count)));
        return "console/segments/segment";
    }

    @PostMapping("/{name}/export")
    @PreAuthorize("hasRole('MARKETER')")
    ResponseEntity<FileSystemResource> export(@PathVariable String name, @RequestParam(defaultValue = "xlsx") String format) {
        boolean csv = switch (format) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new SaidError("page.export-format", format);
        };
        ListExport.Written written = board.export(checked(name), csv);
        audit.record("segment-export", "segment:" + name);
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(written.file().getFileName().toString()).build().toString())
                .body(new FileSystemResource(written.file()));
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SaidError("page.no-segment", name);
        }
        return name;
    }
}
