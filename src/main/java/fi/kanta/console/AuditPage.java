package fi.kanta.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /console/audit} (admins only): the latest {@value #ROWS} audit rows, newest first. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditPage {

    static final int ROWS = 200;

    private final Audit audit;

    AuditPage(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/console/audit")
    String latest(Model model) {
        model.addAttribute("entries", audit.latest(ROWS));
        model.addAttribute("rows", ROWS);
        return "console/audit";
    }
}
