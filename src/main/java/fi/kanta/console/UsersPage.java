package fi.kanta.console;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/users} (admins only): the users, adding one with a first password the admin hands
 * over (the user changes it with {@code kanta user passwd}, or the admin does here by removing and
 * adding), stopping and letting again one sign in, removing one. An admin cannot stop or remove
 * themselves, so the console always keeps the admin who is using it. Each change is audited.
 */
@Controller
@RequestMapping("/console/users")
@PreAuthorize("hasRole('ADMIN')")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UsersPage {

    private final ConsoleUsers users;
    private final Audit audit;

    UsersPage(ConsoleUsers users, Audit audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", ConsoleRole.values());
        return "console/users";
    }

    @PostMapping
    String add(@RequestParam String name, @RequestParam ConsoleRole role, @RequestParam String language,
               @RequestParam String password, Model model, RedirectAttributes next) {
        try {
            ConsoleUser added = users.add(name, role, Optional.of(language), password.toCharArray());
            audit.record("user-add", "user:" + added.id());
            next.addFlashAttribute("done", "added");
            return "redirect:/console/users";
        } catch (UserRefusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("form", new AddForm(name, role, language));
            return list(model);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes next) {
        users.disable(other(id, admin).name(), true);
        audit.record("user-disable", "user:" + id);
        next.addFlashAttribute("done", "disabled");
        return "redirect:/console/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes next) {
        users.disable(other(id, admin).name(), false);
        audit.record("user-enable", "user:" + id);
        next.addFlashAttribute("done", "enabled");
        return "redirect:/console/users";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes next) {
        users.remove(other(id, admin).name());
        audit.record("user-remove", "user:" + id);
        next.addFlashAttribute("done", "removed");
        return "redirect:/console/users";
    }

    /** The user of this id, who is not the admin acting (a 404 for no such user, a 409 for themselves). */
    private ConsoleUser other(long id, SignedInUser admin) {
        ConsoleUser user = users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user.id() == admin.id()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return user;
    }

    /** What the admin typed, shown again after a refusal (never the password). */
    record AddForm(String name, ConsoleRole role, String language) {
    }
}
