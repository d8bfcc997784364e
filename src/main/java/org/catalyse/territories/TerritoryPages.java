package org.catalyse.territories;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of the territories: the finder and list, and one page per territory. */
@Controller
class TerritoryPages {

    static final int RESULTS = 30;

    private final Territories territories;

    private final org.springframework.beans.factory.ObjectProvider<TerritoryPanel> panels;

    TerritoryPages(Territories territories, org.springframework.beans.factory.ObjectProvider<TerritoryPanel> panels) {
        this.panels = panels;
        this.territories = territories;
    }

    static String path(TerritoryId id) {
        return "/territoires/" + id.echelon().key() + "/" + id.code();
    }

    /**
     * Finds a territory: goes straight to its page when one territory alone matches exactly (a name, a postal
     * code or a code), otherwise lists the matches. Without a query, lists régions and départements.
     */
    @GetMapping("/territoires")
    String find(@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute(
                "regions",
                territories
                        .children(TerritoryId.FRANCE, Echelon.REGION, new PageRequest(1, 200))
                        .items());
        model.addAttribute(
                "departements",
                territories
                        .children(TerritoryId.FRANCE, Echelon.DEPARTEMENT, new PageRequest(1, 200))
                        .items());
        if (q == null || q.isBlank()) {
            return "territories/index";
        }
        List<TerritoryMatch> matches;
        try {
            matches = territories.search(q, null, RESULTS);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("q", q.substring(0, Math.min(q.length(), Territories.MAX_QUERY_LENGTH)));
            return "territories/index";
        }
        Optional<TerritoryMatch> decisive = decisive(matches);
        if (decisive.isPresent()) {
            return "redirect:" + path(decisive.get().territory().id());
        }
        model.addAttribute("matches", matches);
        model.addAttribute("limit", RESULTS);
        return "territories/index";
    }

    /** The breadcrumb above a territory: its enclosing territories from France down, EPCI left out. */
    static List<TerritoryRef> trail(TerritoryView territory) {
        List<TerritoryRef> trail = new ArrayList<>(territory.parents().stream()
                .filter(p -> p.id().echelon() != Echelon.EPCI)
                .toList());
        java.util.Collections.reverse(trail);
        return trail;
    }

    /** The only exact match, if there is exactly one. */
    static Optional<TerritoryMatch> decisive(List<TerritoryMatch> matches) {
        List<TerritoryMatch> exact = matches.stream()
                .filter(m -> m.quality() == MatchQuality.EXACT)
                .limit(2)
                .toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }

    @GetMapping("/territoires/{echelon}/{code}")
    String territory(
            @PathVariable String echelon,
            @PathVariable String code,
            @RequestParam(name = "echelon", required = false) String shown,
            @RequestParam(required = false) Integer page,
            Model model,
            java.util.Locale locale) {
        TerritoryId id = TerritoryId.of(echelon, code);
        if (territories.find(id).isEmpty() && id.echelon() == Echelon.COMMUNE) {
            Optional<TerritoryId> current = territories.currentCommuneFor(id.code());
            if (current.isPresent()) {
                return "redirect:" + path(current.get());
            }
        }
        TerritoryView territory = territories.get(id);
        Map<Echelon, Integer> counts = territories.childrenCounts(id);
        Echelon listed = shown == null || shown.isBlank()
                ? Territories.widestFirst().stream()
                        .filter(counts::containsKey)
                        .findFirst()
                        .orElse(null)
                : Echelon.fromKey(shown);
        model.addAttribute("territory", territory);
        model.addAttribute("context", territory.location());
        model.addAttribute("trail", trail(territory));
        model.addAttribute("counts", counts);
        model.addAttribute("listed", listed);
        model.addAttribute("echelons", Territories.widestFirst());
        if (listed != null) {
            model.addAttribute("children", territories.children(id, listed, PageRequest.of(page, 50)));
        }
        model.addAttribute(
                "panels",
                panels.orderedStream()
                        .flatMap(p -> p.sections(id, locale).stream())
                        .toList());
        return "territories/territory";
    }
}
