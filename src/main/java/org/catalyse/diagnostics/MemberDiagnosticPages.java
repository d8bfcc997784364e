package org.catalyse.diagnostics;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.frame.Frame;
import org.catalyse.shared.ForbiddenException;
import org.catalyse.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's diagnostics: their history, each result, and two dates side by side. */
@Controller
class MemberDiagnosticPages {

    private final Diagnostics diagnostics;
    private final DiagnosticPages pages;
    private final Accounts accounts;
    private final Frame frame;

    MemberDiagnosticPages(Diagnostics diagnostics, DiagnosticPages pages, Accounts accounts, Frame frame) {
        this.diagnostics = diagnostics;
        this.pages = pages;
        this.accounts = accounts;
        this.frame = frame;
    }

    private AccountView who(Principal principal) {
        return accounts.byEmail(principal == null ? "" : principal.getName())
                .orElseThrow(() -> new ForbiddenException("Connectez-vous pour voir cette page."));
    }

    @GetMapping("/compte/diagnostics")
    String mine(Principal principal, Model model) {
        List<Response> mine = diagnostics.ofMember(who(principal).id());
        model.addAttribute("responses", mine);
        model.addAttribute("titles", titles(mine));
        return "diagnostics/mine";
    }

    private java.util.Map<String, String> titles(List<Response> responses) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        responses.forEach(r ->
                titles.put(r.diagnostic(), diagnostics.definitionOf(r).title().fr()));
        return titles;
    }

    @GetMapping("/compte/diagnostics/{id}")
    String one(@PathVariable UUID id, Principal principal, Locale locale, Model model, HttpServletResponse response) {
        DiagnosticPages.privatePage(response);
        Response r = diagnostics.ofMember(id, who(principal).id());
        if (!r.complete()) {
            throw new InvalidInputException("Ce diagnostic n'est pas terminé : reprenez-le par son lien privé.");
        }
        model.addAttribute("base", "/compte/diagnostics/" + id);
        model.addAttribute("canKeep", false);
        return pages.resultsPage(r, locale, model);
    }

    @GetMapping("/compte/diagnostics/comparer")
    String compare(@RequestParam UUID a, @RequestParam UUID b, Principal principal, Locale locale, Model model) {
        long me = who(principal).id();
        Response first = diagnostics.ofMember(a, me);
        Response second = diagnostics.ofMember(b, me);
        if (!first.complete() || !second.complete()) {
            throw new InvalidInputException("Seuls deux diagnostics terminés se comparent.");
        }
        if (!first.diagnostic().equals(second.diagnostic())) {
            throw new InvalidInputException("Ces deux réponses portent sur des diagnostics différents.");
        }
        if (first.createdAt().isAfter(second.createdAt())) {
            Response t = first;
            first = second;
            second = t;
        }
        Diagnostic d = diagnostics.definitionOf(second);
        model.addAttribute("diagnostic", d);
        model.addAttribute(
                "first",
                ResultView.of(diagnostics.definitionOf(first), first, java.util.Optional.empty(), frame, locale));
        model.addAttribute("second", ResultView.of(d, second, java.util.Optional.empty(), frame, locale));
        return "diagnostics/compare";
    }
}
