package org.catalyse.search;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class SearchPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheResourcesWithFacetsAsPlainLinks() throws Exception {
        mvc.perform(get("/ressources"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Ressources</h1>")))
                .andExpect(content().string(containsString("href=\"/ressources?medoc-type=methode\"")))
                .andExpect(content().string(containsString("Type de ressource (MEDOC)")))
                .andExpect(content().string(containsString("rel=\"next\"")));
    }

    @Test
    void findsAMethodOnMecenatDeCompetencesWithAHighlightedSnippet() throws Exception {
        mvc.perform(get("/recherche").param("q", "mécénat de compétences").param("medoc-type", "methode"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("href=\"/ressources/mecenat-de-competences-mode-d-emploi\"")))
                .andExpect(content().string(containsString("<mark>")))
                .andExpect(content().string(containsString("aria-current=\"true\"")))
                .andExpect(content().string(containsString("Retirer tous les filtres")));
    }

    @Test
    void narrowsToATerritoryTypedByName() throws Exception {
        mvc.perform(get("/ressources").param("lieu", "Grenoble").param("scope", "within"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dans Grenoble")))
                .andExpect(content().string(containsString("/ressources/gaia-labo-des-partenariats-grenoble")))
                .andExpect(content().string(not(containsString("/ressources/mecenat-de-competences-mode-d-emploi\""))));
    }

    @Test
    void suggestsHowToWidenAnEmptyResult() throws Exception {
        mvc.perform(get("/recherche").param("q", "xqzwvk").param("medoc-type", "outil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun résultat")))
                .andExpect(content().string(containsString("vérifiez l’orthographe")))
                .andExpect(content().string(containsString("retirez les filtres")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/recherche?couleur=bleu|Critère inconnu : « couleur »",
                "/recherche?medoc-type=livre|Valeurs possibles : methode, exemple",
                "/recherche?territory=commune:abc|Code mal formé",
                "/recherche?size=-3|taille de page",
                "/recherche?page=abc|Paramètre « page » invalide",
                "/recherche?lieu=xqzwvk|Aucun territoire ne correspond",
            })
    void explainsBadInputNextToTheForm(String url, String message) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"search-q\"")));
    }

    @Test
    void answersTheApiWithItemsAndFacets() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "mecenat competence").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThan(0)))
                .andExpect(jsonPath("$.items[0].type").value("resource"))
                .andExpect(jsonPath("$.items[0].id").value("mecenat-de-competences-mode-d-emploi"))
                .andExpect(jsonPath("$.items[0].url").value("/ressources/mecenat-de-competences-mode-d-emploi"))
                .andExpect(jsonPath("$.items[0].snippet").value(containsString("<mark>")))
                .andExpect(jsonPath("$.facets['medoc-type'].methode").value(greaterThan(0)))
                .andExpect(jsonPath("$.facets.type.resource").value(greaterThan(0)));
        mvc.perform(get("/api/v1/search")
                        .param("type", "resource")
                        .param("territory", "commune:38185")
                        .param("scope", "around")
                        .param("action-domain", "developpement-economique-local"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type", everyItem(is("resource"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/search?couleur=bleu|medoc-type, actor-profile",
                "/api/v1/search?usage-stage=dormir|s-informer, se-former, agir",
                "/api/v1/search?territory=commune:abc|ABC",
                "/api/v1/search?territory=region:99|region:99",
                "/api/v1/search?size=-1|taille de page",
                "/api/v1/search?scope=partout&territory=pays:FR|around, within",
            })
    void answersBadApiInputWith400Or404NamingWhatIsAllowed(String url, String message) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.message").value(containsString(message)));
    }

    @Test
    void acceptsHostileAndVeryLongQueriesWithoutFailing() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "\"mécénat (( -- ** ~")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("trop longue")));
        mvc.perform(get("/api/v1/search").param("q", "mécénat").param("page", "9999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
