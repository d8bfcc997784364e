package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.catalyse.CatalyseTest;
import org.catalyse.web.HtmlValidityTests;
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
                "/recherche?size=-3|taille de page",
                "/recherche?page=abc|Paramètre « page » invalide",
                "/recherche?licence=gratuite|Valeurs possibles : CC-BY-SA-4.0, CC-BY-4.0, CC0-1.0, etalab-2.0.",
                "/recherche?type=banane|Type inconnu : « banane ». Types possibles :",
            })
    void explainsBadInputNextToTheForm(String url, String message) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"search-q\"")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "/recherche?q=mecenat&territory=region:99|region:99|Territoire inconnu : « region:99 »",
                "/ressources?territory=commune:99999|commune:99999|Territoire inconnu : « commune:99999 »",
                "/recherche?territory=commune:abc|commune:abc|Code mal formé pour l'échelon commune : « ABC »",
                "/ressources?lieu=xqzwvk|xqzwvk|Aucun territoire ne correspond à « xqzwvk »",
            })
    void explainsAnUnknownOrMalformedTerritoryNextToThePlaceField(String url, String kept, String message)
            throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "<p id=\"search-place-error\" class=\"field-error\">" + message.replace("'", "&#39;"))))
                .andExpect(content().string(containsString("<a href=\"#search-place\">")))
                .andExpect(content().string(containsString("value=\"" + kept + "\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("id=\"search-q\"")))
                .andExpect(content().string(not(containsString("id=\"search-error\""))))
                .andExpect(result -> assertThat(
                                HtmlValidityTests.errors(result.getResponse().getContentAsByteArray()))
                        .isEmpty());
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
            quoteCharacter = '"',
            value = {
                "/api/v1/search?couleur=bleu|medoc-type, actor-profile",
                "/api/v1/search?usage-stage=dormir|s-informer, se-former, agir",
                "/api/v1/search?territory=commune:abc|Code mal formé pour l'échelon commune : « ABC »",
                "/api/v1/search?territory=region:99|Territoire inconnu : « region:99 »",
                "/api/v1/search?territory=commune:99999&scope=within|Territoire inconnu : « commune:99999 »",
                "/api/v1/search?size=-1|La taille de page doit être comprise entre 1 et 100.",
                "/api/v1/search?size=0|La taille de page doit être comprise entre 1 et 100.",
                "/api/v1/search?page=0|Le numéro de page doit être un entier supérieur ou égal à 1.",
                "/api/v1/search?scope=partout&territory=pays:FR|around, within",
                "/api/v1/search?licence=CC-BY-SA-4.0,gratuite|Valeur inconnue pour le critère licence : « gratuite »."
                        + " Valeurs possibles : CC-BY-SA-4.0, CC-BY-4.0, CC0-1.0, etalab-2.0.",
                "/api/v1/search?type=banane|Type inconnu : « banane ». Types possibles :",
            })
    void answersBadApiInputWith400NamingWhatIsAllowed(String url, String message) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").value(containsString(message)));
    }

    @Test
    void namesEveryTypeOfObjectWhenTheTypeIsUnknownAndAcceptsTheKnownOnes() throws Exception {
        mvc.perform(get("/api/v1/search").param("type", "banane"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message")
                        .value(allOf(containsString("resource"), containsString("actor"), containsString("case"))));
        for (String type : new String[] {"resource", "actor", "case"}) {
            mvc.perform(get("/api/v1/search").param("type", type))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].type", everyItem(is(type))));
        }
        mvc.perform(get("/api/v1/search").param("licence", "CC-BY-SA-4.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThan(0)))
                .andExpect(jsonPath("$.facets.licence['CC-BY-SA-4.0']").value(greaterThan(0)));
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
