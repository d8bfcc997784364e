package org.catalyse.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class TerritoryPagesTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "grenoble, /territoires/commune/38185",
        "38000, /territoires/commune/38185",
        "saint etienne, /territoires/commune/42218",
        "st-etienne, /territoires/commune/42218",
        "Isère, /territoires/departement/38",
    })
    void goesStraightToTheOnlyExactMatch(String q, String page) throws Exception {
        mvc.perform(get("/territoires").param("q", q)).andExpect(redirectedUrl(page));
    }

    @Test
    void listsTheMatchesWhenSeveralTerritoriesHaveTheName() throws Exception {
        mvc.perform(get("/territoires").param("q", "saint denis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/territoires/commune/93066\"")))
                .andExpect(content().string(containsString("href=\"/territoires/commune/97411\"")))
                .andExpect(content().string(containsString("Seine-Saint-Denis (93)")));
    }

    @Test
    void suggestsHowToWidenAnEmptyResult() throws Exception {
        mvc.perform(get("/territoires").param("q", "xqzwv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun territoire ne correspond à « xqzwv »")))
                .andExpect(content().string(containsString("code postal")));
    }

    @Test
    void showsACommuneWithItsPopulationPostalCodesAndParents() throws Exception {
        mvc.perform(get("/territoires/commune/38185"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1>Grenoble</h1>")))
                .andExpect(content().string(containsString("38000, 38100")))
                .andExpect(content().string(containsString("habitants")))
                .andExpect(content()
                        .string(containsString("href=\"/territoires/epci/200040715\">Grenoble-Alpes-Métropole</a>")))
                .andExpect(content().string(containsString("href=\"/territoires/departement/38\">Isère</a>")))
                .andExpect(content().string(containsString("href=\"/territoires/region/84\">Auvergne-Rhône-Alpes</a>")))
                .andExpect(content().string(containsString("href=\"/territoires/pays/FR\">France</a>")));
    }

    @Test
    void listsTheCommunesOfAnEpci() throws Exception {
        mvc.perform(get("/territoires/epci/200040715"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Communes (49)")))
                .andExpect(content().string(containsString("href=\"/territoires/commune/38185\">Grenoble</a>")));
    }

    @Test
    void pagesTheCommunesOfADepartement() throws Exception {
        mvc.perform(get("/territoires/departement/38"))
                .andExpect(content().string(containsString("Intercommunalités (18)")))
                .andExpect(content().string(containsString("Communes (512)")));
        mvc.perform(get("/territoires/departement/38")
                        .param("echelon", "commune")
                        .param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page 2 sur 11")))
                .andExpect(content().string(containsString("rel=\"prev\"")))
                .andExpect(content().string(containsString("rel=\"next\"")));
    }

    @Test
    void showsFranceWithItsRegions() throws Exception {
        mvc.perform(get("/territoires/pays/FR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Régions (26)")))
                .andExpect(content().string(containsString("href=\"/territoires/region/53\">Bretagne</a>")));
    }

    @Test
    void sendsTheCodeOfAFormerCommuneToTheCurrentCommune() throws Exception {
        mvc.perform(get("/territoires/commune/01340")).andExpect(redirectedUrl("/territoires/commune/01015"));
    }

    @Test
    void listsRegionsAndDepartementsWithoutAQuery() throws Exception {
        mvc.perform(get("/territoires"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/territoires/departement/2A\"")))
                .andExpect(content().string(containsString("href=\"/territoires/region/01\">Guadeloupe</a>")));
    }

    /** Error pages come from the servlet container's error dispatch: these go through real HTTP. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/territoires/commune/99999|404|Aucun territoire ne correspond à commune:99999.",
                "/territoires/canton/38|400|Échelon inconnu",
                "/territoires/commune/%3Cscript%3E|400|Code mal formé",
                "/territoires/departement/38?page=0|400|numéro de page",
                "/territoires/departement/38?page=abc|400|La demande est mal formée.",
                "/territoires/departement/38?echelon=canton|400|Échelon inconnu",
                "/page-inconnue|404|La page demandée n’existe pas.",
            })
    void answersBadAddressesWithAPageInFrench(String url, int status, String message) throws Exception {
        HttpResponse<String> response = browse(url, "fr-FR,fr;q=0.9");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains(message)
                .contains("<html lang=\"fr\">")
                .contains("href=\"/territoires\"")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void answersErrorsInEnglishForAnEnglishReader() throws Exception {
        HttpResponse<String> response = browse("/territoires/commune/99999", "en-GB,en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("<html lang=\"en\">");
    }

    private HttpResponse<String> browse(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", language)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesAQueryOver200CharactersWithAMessageNextToTheField() throws Exception {
        mvc.perform(get("/territoires").param("q", "x".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La recherche est trop longue")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void escapesHostileQueries() throws Exception {
        mvc.perform(get("/territoires").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }
}
