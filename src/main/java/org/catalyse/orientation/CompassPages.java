package org.catalyse.orientation;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.catalyse.accounts.Accounts;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.diagnostics.Response;
import org.catalyse.diagnostics.Scores;
import org.catalyse.shared.ForbiddenException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Ma boussole": the path that follows a completed diagnostic, behind its private link or in an account. */
@Controller
class CompassPages {

    private final Orientation orientation;
    private final Diagnostics diagnostics;
    private final Accounts accounts;
    private final Territories territories;

    CompassPages(Orientation orientation, Diagnostics diagnostics, Accounts accounts, Territories territories) {
        this.orientation = orientation;
        this.diagnostics = diagnostics;
        this.accounts = accounts;
        this.territories = territories;
    }

    @GetMapping("/faire-le-point/r/{secret}/boussole")
    String byLink(@PathVariable String secret, Locale locale, Model model, HttpServletResponse response) {
        privatePage(response);
        Response r = diagnostics.open(secret);
        if (!r.complete()) {
            return "redirect:/faire-le-point/r/" + secret;
        }
        model.addAttribute("results", "/faire-le-point/r/" + secret + "/resultats");
        return page(r, locale, model);
    }

    @GetMapping("/compte/diagnostics/{id}/boussole")
    String ofMember(
            @PathVariable UUID id, Principal principal, Locale locale, Model model, HttpServletResponse response) {
        privatePage(response);
        long me = accounts.byEmail(principal == null ? "" : principal.getName())
                .orElseThrow(() -> new ForbiddenException("Connectez-vous pour voir cette page."))
                .id();
        Response r = diagnostics.ofMember(id, me);
        if (!r.complete()) {
            return "redirect:/compte/diagnostics";
        }
        model.addAttribute("results", "/compte/diagnostics/" + id);
        return page(r, locale, model);
    }

    private String page(Response r, Locale locale, Model model) {
        // Weakest first: among axes of the same level, the path focuses on those with the lowest score.
        Map<String, String> maturity = new LinkedHashMap<>();
        for (Scores.AxisScore a : r.scores().axes().stream()
                .sorted(Comparator.comparingDouble(Scores.AxisScore::score))
                .toList()) {
            maturity.put(a.axis(), a.levelKey());
        }
        TerritoryId place = r.territory() == null ? null : TerritoryId.parse(r.territory());
        Path path = orientation.pathFor(
                new OrientationRequest(r.profile(), place, r.domains(), r.objectives(), maturity), locale);
        model.addAttribute("path", path);
        model.addAttribute("diagnostic", diagnostics.definitionOf(r));
        model.addAttribute(
                "placeName",
                place == null
                        ? null
                        : territories.find(place).map(t -> t.name()).orElse(null));
        return "orientation/compass";
    }

    static void privatePage(HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
