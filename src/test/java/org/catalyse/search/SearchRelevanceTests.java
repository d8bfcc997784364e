package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What a French reader types, and the resource they expect among the first three resources. */
@CatalyseTest
class SearchRelevanceTests {

    @Autowired
    SearchEngine engine;

    List<String> top3(String q) {
        return engine.search(new SearchQuery(q, "resource", null, null, Map.of(), 1, 3)).items().stream()
                .map(SearchResults.Hit::id)
                .toList();
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "mécénat de compétences|mecenat-de-competences-mode-d-emploi",
                "mecenat competence|mecenat-de-competences-mode-d-emploi",
                "le mécénat|mecenat-quatre-formes-et-reduction-d-impot",
                "MÉCÉNAT|mecenat-quatre-formes-et-reduction-d-impot",
                "l'évaluation partenariale|evaluation-partenariale-sept-approches",
                "évaluations des partenariats|evaluation-partenariale-sept-approches",
                "grille d'évaluation|grille-d-evaluation-partenariale",
                "innovation sociétale|innovation-societale-mode-d-emploi",
                "innovaton societale|innovation-societale-mode-d-emploi",
                "pratiques responsables|pratiques-responsables-mode-d-emploi",
                "coopération économique|cooperation-economique-mode-d-emploi",
                "convention de partenariat|checklist-convention-de-partenariat",
                "gestion d'un lieu|catalyseur-fonction-gestion-d-un-lieu",
                "triple innovation|test-de-la-triple-innovation",
                "Grenoble|gaia-labo-des-partenariats-grenoble",
                "premier kilomètre|premier-kilometre-et-dernier-kilometre",
                "carré magique|carre-magique-des-objectifs-partenariaux",
                "modèle de budget|modele-budget-projet-multi-acteurs",
                "parties prenantes cartographie|modele-cartographie-des-parties-prenantes",
                "\"Alliance Dynamique\"|la-poste-alliance-dynamique",
                "pro bono|mecenat-de-competences-mode-d-emploi",
                "ESS coopération économique|cooperation-economique-mode-d-emploi",
            })
    void findsTheExpectedResourceInTheFirstThree(String q, String expected) {
        assertThat(top3(q)).contains(expected);
    }
}
