package org.catalyse.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recherche", description = "Une recherche en français sur tout Catalyse, avec facettes et territoire")
class SearchApi {

    record Item(String type, String id, String title, String url, String snippet, String date) {}

    record Results(
            long total,
            int page,
            int size,
            List<Item> items,
            Map<String, Map<String, Long>> facets,
            boolean totalEstimated,
            boolean facetsEstimated) {}

    private final SearchEngine engine;

    SearchApi(SearchEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Chercher dans tout Catalyse",
            description =
                    "Paramètres : q, type, territory (ex. commune:38185), scope (around : ce qui est rattaché"
                            + " au territoire ou à un territoire qui l'englobe ; within : ce qui est rattaché au territoire ou à"
                            + " un territoire qu'il contient), page (à partir de 1), size (1 à 100), et un paramètre par axe du"
                            + " référentiel (ex. medoc-type=methode&action-domain=sante) ou licence. Un critère, une valeur, un"
                            + " type ou un territoire inconnus répondent 400 en nommant ce qui est refusé et ce qui est possible."
                            + " Au-delà de 50 000 résultats, les nombres par facette et le total sont estimés sur un échantillon"
                            + " et arrondis à deux chiffres significatifs (totalEstimated et facetsEstimated valent alors true).")
    Results search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        SearchResults results = engine.search(SearchParameters.read(params, null, engine.filterAxes()));
        return new Results(
                results.total(),
                results.page(),
                results.size(),
                results.items().stream()
                        .map(h -> new Item(
                                h.type(),
                                h.id(),
                                h.title(),
                                h.url(),
                                h.snippet(),
                                h.date() == null ? null : h.date().toString()))
                        .toList(),
                results.facets(),
                results.estimated(),
                results.estimated());
    }
}
