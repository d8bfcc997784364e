package org.catalyse.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.catalyse.territories.TerritoryMatch;
import org.catalyse.territories.TerritoryView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The search pages: everything (/recherche) and resources only (/ressources), facets as plain links. */
@Controller
class SearchPages {

    /** A facet value as shown: its label, count, whether it is selected, and the link that toggles it. */
    record FacetValue(String key, String label, long count, boolean selected, String toggle) {}

    /** A facet as shown. */
    record Facet(String axis, String label, List<FacetValue> values) {}

    private final SearchEngine engine;
    private final Frame frame;
    private final Territories territories;
    private final MessageSource messages;

    SearchPages(SearchEngine engine, Frame frame, Territories territories, MessageSource messages) {
        this.engine = engine;
        this.frame = frame;
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/recherche")
    String everything(
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return page(params, null, "/recherche", model, locale, response);
    }

    @GetMapping("/ressources")
    String resources(
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return page(params, "resource", "/ressources", model, locale, response);
    }

    private String page(
            MultiValueMap<String, String> raw,
            String fixedType,
            String path,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(raw);
        params.remove("lang");
        model.addAttribute("path", path);
        model.addAttribute("fixedType", fixedType);
        model.addAttribute("q", params.getFirst("q") == null ? "" : params.getFirst("q"));
        model.addAttribute("scope", "within".equals(params.getFirst("scope")) ? "within" : "around");
        // What the place field shows: the place found, or else what was asked for, kept to be corrected.
        String typedPlace = params.getFirst("lieu") != null ? params.getFirst("lieu") : params.getFirst("territory");
        model.addAttribute("placeText", typedPlace == null ? "" : typedPlace);
        try {
            resolvePlace(params);
            SearchQuery query = SearchParameters.read(params, fixedType, engine.filterAxes());
            SearchResults results = engine.search(query);
            model.addAttribute("results", results);
            model.addAttribute("facets", facets(results, query, params, path, locale));
            TerritoryView place = query.territory() == null
                    ? null
                    : territories.find(TerritoryId.parse(query.territory())).orElse(null);
            model.addAttribute("place", place);
            if (place != null) {
                model.addAttribute("placeText", place.name());
            }
            model.addAttribute("clearPlace", link(path, without(params, "territory", "scope")));
            model.addAttribute(
                    "previous", query.page() > 1 ? link(path, with(params, "page", query.page() - 1)) : null);
            model.addAttribute(
                    "next",
                    query.page() < results.totalPages() ? link(path, with(params, "page", query.page() + 1)) : null);
            model.addAttribute(
                    "typeLabels",
                    typeLabels(
                            results.items().stream()
                                    .map(SearchResults.Hit::type)
                                    .collect(java.util.stream.Collectors.toSet()),
                            locale));
            model.addAttribute("filtered", !query.filters().isEmpty() || query.territory() != null);
            model.addAttribute("clearAll", link(path, onlyQ(params)));
        } catch (InvalidTerritoryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("placeError", e.getMessage());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return "search/results";
    }

    /** A place typed in the "lieu" box becomes the best matching territory's id. */
    private void resolvePlace(MultiValueMap<String, String> params) {
        String place = params.getFirst("lieu");
        params.remove("lieu");
        if (place == null || place.isBlank()) {
            return;
        }
        List<TerritoryMatch> found = territories.search(place, null, 1);
        if (found.isEmpty()) {
            throw new InvalidTerritoryException(
                    "Aucun territoire ne correspond à « " + SearchParameters.abbreviate(place) + " ».");
        }
        params.set("territory", found.get(0).territory().id().toString());
    }

    private List<Facet> facets(
            SearchResults results,
            SearchQuery query,
            MultiValueMap<String, String> params,
            String path,
            Locale locale) {
        List<Facet> facets = new ArrayList<>();
        if (query.type() == null || params.containsKey("type")) {
            Map<String, Long> types = results.facets().getOrDefault("type", Map.of());
            facets.add(facet(
                    "type",
                    messages.getMessage("search.facet.type", null, locale),
                    types,
                    List.of(),
                    typeLabels(types.keySet(), locale),
                    params,
                    path));
        }
        List<String> shown = List.of(
                "medoc-type",
                "actor-profile",
                "action-domain",
                "strategic-objective",
                "appropriation-format",
                "usage-stage",
                "maturity-level",
                "partnership-mode",
                "partnership-objective",
                "impact",
                "catalyst-function",
                "licence");
        for (String axis : shown) {
            Map<String, Long> counts = results.facets().getOrDefault(axis, Map.of());
            if (counts.isEmpty()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            String axisLabel = messages.getMessage("search.facet.licence", null, locale);
            if (!axis.equals("licence")) {
                FrameView.Axis frameAxis = frame.current().axis(axis).orElseThrow();
                axisLabel = frameAxis.label().in(locale);
                frameAxis.values().forEach(v -> labels.put(v.key(), v.label().in(locale)));
                // Retired values are no longer offered, but what they still qualify can be narrowed to.
                frameAxis.retired().forEach(v -> labels.put(v.key(), v.label().in(locale)));
            }
            facets.add(facet(
                    axis, axisLabel, counts, query.filters().getOrDefault(axis, List.of()), labels, params, path));
        }
        return facets;
    }

    private Facet facet(
            String axis,
            String label,
            Map<String, Long> counts,
            List<String> selected,
            Map<String, String> labels,
            MultiValueMap<String, String> params,
            String path) {
        List<String> chosen =
                axis.equals("type") && params.getFirst("type") != null ? List.of(params.getFirst("type")) : selected;
        List<FacetValue> values = new ArrayList<>();
        List<String> order = labels.isEmpty() ? new ArrayList<>(counts.keySet()) : new ArrayList<>(labels.keySet());
        order.retainAll(counts.keySet());
        for (String value : order) {
            MultiValueMap<String, String> toggled = new LinkedMultiValueMap<>(params);
            toggled.remove("page");
            List<String> current = new ArrayList<>(toggled.getOrDefault(axis, List.of()));
            if (chosen.contains(value)) {
                current.remove(value);
            } else if (axis.equals("type")) {
                current = List.of(value);
            } else {
                current.add(value);
            }
            if (current.isEmpty()) {
                toggled.remove(axis);
            } else {
                toggled.put(axis, current);
            }
            values.add(new FacetValue(
                    value,
                    labels.getOrDefault(value, value),
                    counts.get(value),
                    chosen.contains(value),
                    link(path, toggled)));
        }
        return new Facet(axis, label, values);
    }

    /** Each module names its type in the messages ({@code search.type.<type>}). */
    private Map<String, String> typeLabels(java.util.Collection<String> types, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        types.forEach(t -> labels.put(t, messages.getMessage("search.type." + t, null, t, locale)));
        return labels;
    }

    private static MultiValueMap<String, String> with(MultiValueMap<String, String> params, String name, int value) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
        copy.set(name, String.valueOf(value));
        return copy;
    }

    private static MultiValueMap<String, String> without(MultiValueMap<String, String> params, String... names) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
        for (String name : names) {
            copy.remove(name);
        }
        copy.remove("page");
        return copy;
    }

    private static MultiValueMap<String, String> onlyQ(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        if (params.getFirst("q") != null) {
            copy.set("q", params.getFirst("q"));
        }
        return copy;
    }

    static String link(String path, MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath(path)
                .queryParams(params)
                .encode()
                .build()
                .toUriString();
    }
}
