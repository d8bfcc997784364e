package org.catalyse.orientation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/orientation?profile=&territory=&domain=…&objective=…&maturity=<axis>:<level>…} → the path in
 * three stages, each suggestion with why it is there.
 */
@RestController
class OrientationApi {

    private final Orientation orientation;
    private final PathChoices choices;
    private final Territories territories;

    OrientationApi(Orientation orientation, PathChoices choices, Territories territories) {
        this.orientation = orientation;
        this.choices = choices;
        this.territories = territories;
    }

    @GetMapping("/api/v1/orientation")
    Map<String, Object> path(
            @RequestParam(required = false) String profile,
            @RequestParam(required = false) String territory,
            @RequestParam(name = "domain", required = false) List<String> domains,
            @RequestParam(name = "objective", required = false) List<String> objectives,
            @RequestParam(name = "maturity", required = false) List<String> maturity,
            Locale locale) {
        Path path = orientation.pathFor(request(profile, territory, domains, objectives, maturity), locale);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Path.Stage s : path.stages()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Path.Item i : s.items()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", i.type());
                m.put("id", i.id());
                m.put("title", i.title());
                m.put("url", i.url());
                m.put("score", i.score());
                m.put("why", i.why());
                m.put("signals", i.reasons().stream().map(Reason::signal).toList());
                items.add(m);
            }
            stages.add(Map.of("stage", s.stage(), "items", items));
        }
        return Map.of("stages", stages);
    }

    OrientationRequest request(
            String profile, String territory, List<String> domains, List<String> objectives, List<String> maturity) {
        PathChoices.Checked checked = choices.check(profile, domains, objectives, maturity);
        checked.refused().stream().findFirst().ifPresent(r -> {
            throw new InvalidInputException(message(r));
        });
        TerritoryId place = null;
        if (territory != null && !territory.isBlank()) {
            try {
                place = TerritoryId.parse(territory);
            } catch (RuntimeException e) {
                throw new InvalidInputException(
                        "Territoire « " + territory + " » illisible : attendu par exemple commune:29151.");
            }
            if (territories.find(place).isEmpty()) {
                throw new InvalidInputException("Territoire « " + territory + " » inconnu.");
            }
        }
        return new OrientationRequest(
                checked.profile(), place, checked.domains(), checked.objectives(), checked.maturity());
    }

    /** What the API answers for a refused value: the parameter, the value and what is expected. */
    static String message(PathChoices.Refused r) {
        return switch (r.problem()) {
            case UNKNOWN_PROFILE -> "Profil « " + r.value() + " » inconnu du cadre de référence (voir /api/v1/frame).";
            case UNKNOWN_DOMAIN ->
                "Paramètre « domain » : valeur « " + r.value() + " » inconnue du cadre de référence.";
            case UNKNOWN_OBJECTIVE -> "Objectif « " + r.value() + " » inconnu du cadre de référence.";
            case UNKNOWN_AXIS ->
                "Maturité « " + r.value()
                        + " » : axe inconnu (attendu <axe>:<niveau>, par exemple evaluation:experimenter).";
            case UNKNOWN_LEVEL ->
                "Maturité « " + r.value() + " » : niveau inconnu (" + String.join(", ", Diagnostic.LEVELS) + ").";
        };
    }
}
