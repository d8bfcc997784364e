package org.catalyse.orientation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.frame.Frame;
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
    private final Frame frame;
    private final Territories territories;
    private final Diagnostics diagnostics;

    OrientationApi(Orientation orientation, Frame frame, Territories territories, Diagnostics diagnostics) {
        this.orientation = orientation;
        this.frame = frame;
        this.territories = territories;
        this.diagnostics = diagnostics;
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
        if (profile != null
                && !profile.isBlank()
                && frame.value("actor-profile:" + profile).isEmpty()) {
            throw new InvalidInputException(
                    "Profil « " + profile + " » inconnu du cadre de référence (voir /api/v1/frame).");
        }
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
        List<String> d = values("action-domain", "domain", domains);
        List<String> o = new ArrayList<>();
        for (String v : objectives == null ? List.<String>of() : objectives) {
            if (frame.value("strategic-objective:" + v).isEmpty()
                    && frame.value("partnership-objective:" + v).isEmpty()) {
                throw new InvalidInputException("Objectif « " + v + " » inconnu du cadre de référence.");
            }
            o.add(v);
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (String m : maturity == null ? List.<String>of() : maturity) {
            int colon = m.indexOf(':');
            String axis = colon < 0 ? "" : m.substring(0, colon);
            String level = colon < 0 ? "" : m.substring(colon + 1);
            if (axis.isEmpty() || diagnostics.axisGuide(axis).isEmpty()) {
                throw new InvalidInputException("Maturité « " + m
                        + " » : axe inconnu (attendu <axe>:<niveau>, par exemple evaluation:experimenter).");
            }
            if (!Diagnostic.LEVELS.contains(level)) {
                throw new InvalidInputException(
                        "Maturité « " + m + " » : niveau inconnu (" + String.join(", ", Diagnostic.LEVELS) + ").");
            }
            levels.put(axis, level);
        }
        return new OrientationRequest(
                profile == null || profile.isBlank() ? null : profile, place, d, List.copyOf(o), levels);
    }

    private List<String> values(String axis, String parameter, List<String> given) {
        List<String> out = new ArrayList<>();
        for (String v : given == null ? List.<String>of() : given) {
            if (frame.value(axis + ":" + v).isEmpty()) {
                throw new InvalidInputException(
                        "Paramètre « " + parameter + " » : valeur « " + v + " » inconnue du cadre de référence.");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }
}
