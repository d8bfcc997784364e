package org.catalyse.contributions;

import java.security.Principal;
import org.catalyse.accounts.AccountView;
import org.catalyse.shared.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** In one's account: one's contributions, one's notices, the records one is responsible for. */
@Controller
class MyContributionPages {

    private final Contributions contributions;
    private final ContributionPages pages;

    MyContributionPages(Contributions contributions, ContributionPages pages) {
        this.contributions = contributions;
        this.pages = pages;
    }

    private AccountView who(Principal principal) {
        AccountView who = pages.who(principal);
        if (who == null) {
            throw new ForbiddenException("Connectez-vous pour voir cette page.");
        }
        return who;
    }

    @GetMapping("/compte/contributions")
    String mine(Principal principal, Model model) {
        model.addAttribute("items", contributions.mine(who(principal)));
        return "contributions/mine";
    }

    @GetMapping("/compte/notifications")
    String notices(Principal principal, Model model) {
        model.addAttribute("notices", contributions.notices(who(principal)));
        return "contributions/notices";
    }

    @PostMapping("/compte/notifications/lues")
    String read(Principal principal) {
        contributions.markRead(who(principal));
        return "redirect:/compte/notifications";
    }

    @GetMapping("/compte/fiches")
    String records(Principal principal, Model model) {
        model.addAttribute("records", contributions.ownedBy(who(principal)));
        model.addAttribute("months", Contributions.STALE_MONTHS);
        return "contributions/records";
    }

    @PostMapping("/compte/fiches/confirmer")
    String confirm(
            @RequestParam(name = "type", defaultValue = "") String kind,
            @RequestParam(name = "slug", defaultValue = "") String slug,
            Principal principal) {
        contributions.confirmVerified(ContributionPages.kind(kind), slug, who(principal));
        return "redirect:/compte/fiches?confirmee";
    }
}
