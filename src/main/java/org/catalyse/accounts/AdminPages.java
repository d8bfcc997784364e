package org.catalyse.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration: people and their roles, the mail outbox, the security log. */
@Controller
class AdminPages {

    static final int OUTBOX_PAGE = 50;
    static final int LOG_PAGE = 100;

    private final Accounts accounts;
    private final Outbox outbox;
    private final SecurityLog log;

    AdminPages(Accounts accounts, Outbox outbox, SecurityLog log) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.log = log;
    }

    @GetMapping("/admin")
    String home() {
        return "accounts/admin";
    }

    @GetMapping("/admin/personnes")
    String people(Model model) {
        model.addAttribute("people", accounts.all());
        model.addAttribute("roles", Role.values());
        return "accounts/admin-people";
    }

    @PostMapping("/admin/personnes/{id}/role")
    String changeRole(
            @PathVariable("id") long id,
            @RequestParam(name = "role", defaultValue = "") String role,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        try {
            accounts.changeRole(principal.getName(), id, Role.parse(role), request.getRemoteAddr());
        } catch (InvalidInputException | NotFoundException e) {
            model.addAttribute("problem", e.getMessage());
            return people(model);
        }
        return "redirect:/admin/personnes?enregistre";
    }

    @GetMapping("/admin/courriels")
    String outbox(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        int p = Math.max(1, page);
        model.addAttribute("mails", outbox.findAllByOrderByIdDesc(PageRequest.of(p - 1, OUTBOX_PAGE)));
        model.addAttribute("page", p);
        return "accounts/admin-outbox";
    }

    @GetMapping("/admin/journal")
    String securityLog(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        int p = Math.max(1, page);
        model.addAttribute("events", log.latest(PageRequest.of(p - 1, LOG_PAGE)));
        model.addAttribute("page", p);
        return "accounts/admin-log";
    }
}
