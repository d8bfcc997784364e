package org.catalyse.alliances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.SearchQuery;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.PageRequest;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.FranceMap;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.catalyse.territories.TerritoryView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of France by département or by région: how many partnership cases or catalysts each holds, as a
 * number or per 100,000 inhabitants, with the same figures in a table.
 */
@Controller
class MapPages {

    /** One territory of the table and its class on the map (0: none, 1 to 4: lightest to darkest). */
    record Row(
            String id,
            String name,
            String url,
            long count,
            Integer population,
            double value,
            String shown,
            int level) {}

    /** One drawn département: its outline, the territory it links to (itself or its région) and its class. */
    record Shape(String path, String url, String label, int level) {}

    /** One class of the legend. */
    record Step(int level, String label) {}

    static final List<String> CATALYST_FUNCTIONS =
            List.of("dialogue-territorial", "experimentations-collectives", "accompagnements", "gestion-lieu");

    private final SearchEngine search;
    private final Territories territories;
    private final FranceMap map;
    private final MessageSource messages;

    MapPages(SearchEngine search, Territories territories, FranceMap map, MessageSource messages) {
        this.search = search;
        this.territories = territories;
        this.map = map;
        this.messages = messages;
    }

    @GetMapping("/carte")
    String map(
            @RequestParam(name = "echelle", defaultValue = "departement") String scale,
            @RequestParam(name = "mesure", defaultValue = "cas") String measure,
            @RequestParam(name = "par", defaultValue = "nombre") String per,
            Model model,
            Locale locale) {
        if (!List.of("departement", "region").contains(scale)) {
            throw new InvalidInputException(
                    "Échelle « " + AlliancesPages.abbreviate(scale) + " » inconnue ; possibles : departement, region.");
        }
        if (!List.of("cas", "catalyseurs").contains(measure)) {
            throw new InvalidInputException(
                    "Mesure « " + AlliancesPages.abbreviate(measure) + " » inconnue ; possibles : cas, catalyseurs.");
        }
        if (!List.of("nombre", "habitants").contains(per)) {
            throw new InvalidInputException(
                    "Unité « " + AlliancesPages.abbreviate(per) + " » inconnue ; possibles : nombre, habitants.");
        }
        Echelon echelon = Echelon.fromKey(scale);
        boolean rate = per.equals("habitants");
        List<TerritoryView> places = territories
                .children(TerritoryId.FRANCE, echelon, new PageRequest(1, PageRequest.MAX_SIZE))
                .items();
        List<Row> rows = new ArrayList<>();
        for (TerritoryView t : places) {
            long count = count(measure, t.id());
            double value = rate
                    ? (t.population() == null || t.population() == 0 ? 0 : count * 100_000.0 / t.population())
                    : count;
            rows.add(new Row(
                    t.id().toString(),
                    t.name() + " (" + t.code() + ")",
                    "/territoires/" + echelon.key() + "/" + t.code(),
                    count,
                    t.population(),
                    value,
                    rate ? String.format(locale, "%.2f", value) : String.valueOf(count),
                    0));
        }
        List<Double> breaks =
                breaks(rows.stream().map(Row::value).filter(v -> v > 0).sorted().toList());
        rows = rows.stream()
                .map(r -> new Row(
                        r.id(),
                        r.name(),
                        r.url(),
                        r.count(),
                        r.population(),
                        r.value(),
                        r.shown(),
                        level(r.value(), breaks)))
                .toList();
        Map<String, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<Shape> shapes = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (FranceMap.Area area : map.areas()) {
            Row row = byId.get(
                    echelon == Echelon.REGION
                            ? area.region().toString()
                            : area.id().toString());
            if (row == null) {
                continue;
            }
            drawn.add(row.id());
            shapes.add(new Shape(area.path(), row.url(), row.name() + " : " + row.shown(), row.level()));
        }
        model.addAttribute("scale", scale);
        model.addAttribute("measure", measure);
        model.addAttribute("per", per);
        model.addAttribute("rows", rows);
        model.addAttribute("shapes", shapes);
        model.addAttribute(
                "overseas", rows.stream().filter(r -> !drawn.contains(r.id())).toList());
        model.addAttribute("legend", legend(breaks, rate, locale));
        model.addAttribute("viewBox", map.viewBox());
        model.addAttribute("credit", map.credit());
        model.addAttribute(
                "caption",
                messages.getMessage(
                        "map.caption." + measure + "." + per,
                        new Object[] {messages.getMessage("map.scale." + scale, null, locale)},
                        locale));
        return "alliances/map";
    }

    private long count(String measure, TerritoryId id) {
        SearchQuery query = measure.equals("cas")
                ? new SearchQuery(null, AllianceSearchSources.CASE, id.toString(), "within", Map.of(), 1, 1)
                : new SearchQuery(
                        null,
                        AllianceSearchSources.ACTOR,
                        id.toString(),
                        "within",
                        Map.of("catalyst-function", CATALYST_FUNCTIONS),
                        1,
                        1);
        return search.count(query);
    }

    /** Up to three upper bounds splitting the non-zero values into four classes of similar size. */
    static List<Double> breaks(List<Double> sortedPositive) {
        List<Double> breaks = new ArrayList<>();
        if (sortedPositive.isEmpty()) {
            return breaks;
        }
        for (int q = 1; q <= 3; q++) {
            double b = sortedPositive.get(Math.min(sortedPositive.size() - 1, q * sortedPositive.size() / 4));
            if (breaks.isEmpty() || b > breaks.get(breaks.size() - 1)) {
                breaks.add(b);
            }
        }
        double max = sortedPositive.get(sortedPositive.size() - 1);
        if (breaks.get(breaks.size() - 1) >= max) {
            breaks.remove(breaks.size() - 1);
        }
        return breaks;
    }

    static int level(double value, List<Double> breaks) {
        if (value <= 0) {
            return 0;
        }
        int level = 1;
        for (double b : breaks) {
            if (value > b) {
                level++;
            }
        }
        return level;
    }

    private List<Step> legend(List<Double> breaks, boolean rate, Locale locale) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(0, messages.getMessage("map.legend.none", null, locale)));
        String format = rate ? "%.2f" : "%.0f";
        double low = 0;
        for (int i = 0; i <= breaks.size(); i++) {
            String from = String.format(locale, format, low);
            String label = i < breaks.size()
                    ? messages.getMessage(
                            "map.legend.range",
                            new Object[] {from, String.format(locale, format, breaks.get(i))},
                            locale)
                    : messages.getMessage("map.legend.above", new Object[] {from}, locale);
            steps.add(new Step(i + 1, label));
            low = i < breaks.size() ? breaks.get(i) : low;
        }
        return steps;
    }
}
