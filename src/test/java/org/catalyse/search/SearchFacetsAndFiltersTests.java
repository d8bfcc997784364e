package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.catalyse.CatalyseTest;
import org.catalyse.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CatalyseTest
class SearchFacetsAndFiltersTests {

    @Autowired
    SearchEngine engine;

    @Autowired
    List<SearchSource> sources;

    List<SearchDocument> documents() {
        return sources.stream().flatMap(s -> s.documents().stream()).toList();
    }

    SearchResults search(String q, String territory, String scope, Map<String, List<String>> filters) {
        return engine.search(new SearchQuery(q, null, territory, scope, filters, 1, 100));
    }

    List<String> indexedIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResults results = engine.search(new SearchQuery(null, null, null, null, Map.of(), page, 100));
            results.items().forEach(h -> ids.add(h.type() + ":" + h.id()));
            if (page >= results.totalPages()) {
                return ids;
            }
        }
    }

    static Map<String, Long> countByHand(List<SearchDocument> documents, String axis) {
        Map<String, Long> counts = new HashMap<>();
        documents.forEach(
                d -> d.qualifiers().getOrDefault(axis, List.of()).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts;
    }

    @Test
    void countsEveryFacetValueAsCountingByHandWould() {
        SearchResults all = search(null, null, null, Map.of());
        assertThat(indexedIds())
                .as("what the index holds")
                .containsExactlyInAnyOrderElementsOf(
                        documents().stream().map(SearchDocument::id).toList());
        assertThat(all.total()).isEqualTo(documents().size());
        for (String axis : List.of("medoc-type", "actor-profile", "strategic-objective", "usage-stage", "licence")) {
            assertThat(all.facets().get(axis)).as(axis).isEqualTo(countByHand(documents(), axis));
        }
    }

    @Test
    void countsFollowTheFilters() {
        SearchResults methods = search(null, null, null, Map.of("medoc-type", List.of("methode")));
        List<SearchDocument> byHand = documents().stream()
                .filter(d ->
                        d.qualifiers().getOrDefault("medoc-type", List.of()).contains("methode"))
                .toList();
        assertThat(methods.total()).isEqualTo(byHand.size());
        assertThat(methods.facets().get("actor-profile")).isEqualTo(countByHand(byHand, "actor-profile"));
        assertThat(methods.items())
                .allSatisfy(h ->
                        assertThat(byHand.stream().map(SearchDocument::key)).contains(h.id()));
    }

    @Test
    void treatsValuesOfOneAxisAsAlternativesAndAxesAsConditions() {
        long tools =
                search(null, null, null, Map.of("medoc-type", List.of("outil"))).total();
        long data = search(null, null, null, Map.of("medoc-type", List.of("donnee")))
                .total();
        assertThat(search(null, null, null, Map.of("medoc-type", List.of("outil", "donnee")))
                        .total())
                .isEqualTo(tools + data);
        long both = documents().stream()
                .filter(d ->
                        d.qualifiers().getOrDefault("medoc-type", List.of()).contains("methode"))
                .filter(d ->
                        d.qualifiers().getOrDefault("usage-stage", List.of()).contains("agir"))
                .count();
        assertThat(search(null, null, null, Map.of("medoc-type", List.of("methode"), "usage-stage", List.of("agir")))
                        .total())
                .isEqualTo(both);
    }

    @Test
    void aroundACommuneFindsWhatIsAttachedToItAndToEveryTerritoryEnclosingIt() {
        SearchResults around = search(null, "commune:38185", "around", Map.of());
        List<String> ids = around.items().stream().map(SearchResults.Hit::id).toList();
        assertThat(ids).contains("gaia-labo-des-partenariats-grenoble", "mecenat-de-competences-mode-d-emploi");
        assertThat(ids).doesNotContain("cress-bretagne-cooperations-entreprises-ess");
        long expected = documents().stream()
                .filter(d -> d.territories().stream()
                        .anyMatch(t -> List.of(
                                        "commune:38185", "epci:200040715", "departement:38", "region:84", "pays:FR")
                                .contains(t)))
                .count();
        assertThat(around.total()).isEqualTo(expected);
    }

    @Test
    void withinADepartementFindsWhatIsAttachedToItOrInsideIt() {
        List<String> inIsere = search(null, "departement:38", "within", Map.of()).items().stream()
                .map(SearchResults.Hit::id)
                .toList();
        assertThat(inIsere).contains("gaia-labo-des-partenariats-grenoble");
        assertThat(inIsere).doesNotContain("mecenat-de-competences-mode-d-emploi");
        List<String> inBretagne = search(null, "region:53", "within", Map.of()).items().stream()
                .map(SearchResults.Hit::id)
                .toList();
        assertThat(inBretagne)
                .contains("cress-bretagne-cooperations-entreprises-ess")
                .doesNotContain("gaia-labo-des-partenariats-grenoble");
    }

    @Test
    void findsWhatIsQualifiedWithAFrameValueByTheValuesLabel() {
        List<String> qualified = documents().stream()
                .filter(d -> d.qualifiers()
                        .getOrDefault("appropriation-format", List.of())
                        .contains("syllabus-academique"))
                .map(SearchDocument::key)
                .toList();
        assertThat(qualified).isNotEmpty();
        assertThat(search("syllabus académique", null, null, Map.of()).items())
                .extracting(SearchResults.Hit::id)
                .containsAll(qualified);
    }

    @Test
    void highlightsTheWordsFoundAndEscapesTheRest() {
        SearchResults.Hit hit =
                search("mécénat de compétences", null, null, Map.of()).items().get(0);
        assertThat(hit.snippet()).contains("<mark>").doesNotContain("<script");
    }

    @Test
    void answersAnEmptyPageBeyondTheLast() {
        SearchResults page = engine.search(new SearchQuery("mécénat", null, null, null, Map.of(), 999, 10));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isPositive();
    }

    @Test
    void refusesUnknownAxesValuesTerritoriesAndSizesWithAMessage() {
        assertThatThrownBy(() -> search(null, null, null, Map.of("couleur", List.of("bleu"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("medoc-type");
        assertThatThrownBy(() -> search(null, null, null, Map.of("medoc-type", List.of("livre"))))
                .hasMessageContaining("methode, exemple, donnee, outil, competence");
        assertThatThrownBy(() -> search(null, "commune:abc", "around", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ABC");
        assertThatThrownBy(() -> search(null, "commune:99999", "around", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Territoire inconnu : « commune:99999 »");
        assertThatThrownBy(() -> search(null, "region:99", "within", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Territoire inconnu : « region:99 »");
        assertThatThrownBy(() -> search(null, null, null, Map.of("licence", List.of("gratuite"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Valeur inconnue pour le critère licence : « gratuite »."
                        + " Valeurs possibles : CC-BY-SA-4.0, CC-BY-4.0, CC0-1.0, etalab-2.0.");
        assertThatThrownBy(() -> engine.search(new SearchQuery(null, "banane", null, null, Map.of(), 1, 10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Type inconnu : « banane ». Types possibles : ");
        assertThatThrownBy(() -> engine.search(new SearchQuery("x", null, null, null, Map.of(), 1, -5)))
                .hasMessageContaining("taille de page");
        assertThatThrownBy(() -> search("x", "pays:FR", "partout", Map.of())).hasMessageContaining("around, within");
    }

    @Test
    void survivesQueriesWithSyntaxOfTheirOwn() {
        for (String q : List.of(
                "\"mécénat",
                "mécénat\"\"",
                "-",
                "+",
                "|",
                "*",
                "(((",
                "~",
                "mécénat -",
                "AND OR NOT",
                "<script>alert(1)</script>",
                "'; drop table search_entry; --")) {
            assertThat(search(q, null, null, Map.of()).total()).as(q).isNotNegative();
        }
        assertThat(documents().stream().map(SearchDocument::type).collect(Collectors.toSet()))
                .contains("resource");
    }
}
