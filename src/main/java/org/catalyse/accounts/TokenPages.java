package org.catalyse.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Jetons d'accès": one's personal API tokens, made and revoked by their owner. */
@Controller
class TokenPages {

    private final PersonalTokens tokens;

    TokenPages(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/compte/jetons")
    String list(Principal principal, Model model) {
        model.addAttribute("tokens", tokens.of(principal.getName()));
        model.addAttribute("maxName", PersonalTokens.MAX_NAME);
        return "accounts/tokens";
    }

    /** Makes a token and shows its secret on this answer only, which no cache keeps. */
    @PostMapping("/compte/jetons")
    String create(
            Principal principal,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "scope", defaultValue = "read") String scope,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            PersonalTokens.Created created = tokens.create(principal.getName(), name, scope, request.getRemoteAddr());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("created", created);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("name", name);
        }
        return list(principal, model);
    }

    @PostMapping("/compte/jetons/{id}/revoquer")
    String revoke(
            Principal principal,
            @PathVariable("id") long id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            tokens.revoke(principal.getName(), id, request.getRemoteAddr());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", e.getMessage());
            return list(principal, model);
        }
        return "redirect:/compte/jetons?revoque";
    }
}
