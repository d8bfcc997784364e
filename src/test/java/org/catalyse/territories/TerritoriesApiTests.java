package org.catalyse.territories;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class TerritoriesApiTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "grenoble, commune:38185",
        "GRENOBLE, commune:38185",
        "38000, commune:38185",
        "38185, commune:38185",
        "saint etienne, commune:42218",
        "st-etienne, commune:42218",
        "Saint-Étienne, commune:42218",
        "ste foy les lyon, commune:69202",
        "200040715, epci:200040715",
        "isere, departement:38",
        "2A, departement:2A",
        "bretagne, region:53",
        "marseille 1er arrondissement, commune:13055",
    })
    void findsTheBestTerritoryFirst(String q, String id) throws Exception {
        mvc.perform(get("/api/v1/territories").param("q", q))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].url").value(startsWith("/territoires/")));
    }

    @Test
    void ranksSaintDenisByPopulationAmongExactMatches() throws Exception {
        mvc.perform(get("/api/v1/territories")
                        .param("q", "saint denis")
                        .param("echelon", "commune")
                        .param("limit", "3"))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].id").value("commune:97411"))
                .andExpect(jsonPath("$.items[1].id").value("commune:93066"))
                .andExpect(jsonPath("$.items[*].match.quality", everyItem(is("exact"))));
    }

    @Test
    void describesATerritoryWithItsParentsUpToFrance() throws Exception {
        mvc.perform(get("/api/v1/territories/commune/38185"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("commune:38185"))
                .andExpect(jsonPath("$.echelon").value("commune"))
                .andExpect(jsonPath("$.code").value("38185"))
                .andExpect(jsonPath("$.name").value("Grenoble"))
                .andExpect(jsonPath("$.population").value(greaterThan(150_000)))
                .andExpect(jsonPath("$.postalCodes", contains("38000", "38100")))
                .andExpect(jsonPath(
                        "$.parents[*].id", contains("epci:200040715", "departement:38", "region:84", "pays:FR")))
                .andExpect(jsonPath("$.parents[0].name").value("Grenoble-Alpes-Métropole"))
                .andExpect(jsonPath("$.childrenCount").value(0));
    }

    @Test
    void countsTheChildrenOfADepartementPerEchelon() throws Exception {
        mvc.perform(get("/api/v1/territories/departement/38"))
                .andExpect(jsonPath("$.childrenCountByEchelon.commune").value(512))
                .andExpect(jsonPath("$.childrenCountByEchelon.epci").value(18))
                .andExpect(jsonPath("$.childrenCount").value(530))
                .andExpect(jsonPath("$.parents[*].id", contains("region:84", "pays:FR")));
    }

    @Test
    void tellsDepartementOneFromRegionOne() throws Exception {
        mvc.perform(get("/api/v1/territories/departement/01"))
                .andExpect(jsonPath("$.name").value("Ain"));
        mvc.perform(get("/api/v1/territories/region/01"))
                .andExpect(jsonPath("$.name").value("Guadeloupe"));
    }

    @Test
    void pagesTheChildren() throws Exception {
        mvc.perform(get("/api/v1/territories/departement/38/children")
                        .param("echelon", "commune")
                        .param("page", "2")
                        .param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(100))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.total").value(512))
                .andExpect(jsonPath("$.totalPages").value(6))
                .andExpect(jsonPath("$.items[*].echelon", everyItem(is("commune"))));
        mvc.perform(get("/api/v1/territories/pays/FR/children").param("size", "30"))
                .andExpect(jsonPath("$.items[0].echelon").value("region"))
                .andExpect(jsonPath("$.items[29].echelon").value("departement"));
        mvc.perform(get("/api/v1/territories/departement/38/children").param("page", "999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(530));
    }

    @Test
    void redirectsTheCodeOfAFormerCommuneToTheCurrentOne() throws Exception {
        mvc.perform(get("/api/v1/territories/commune/01340"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/api/v1/territories/commune/01015"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/territories/commune/99999|404|Aucun territoire ne correspond à commune:99999.",
                "/api/v1/territories/epci/123456789|404|Aucun territoire",
                "/api/v1/territories/canton/38|400|Échelon inconnu",
                "/api/v1/territories/commune/abc|400|Code mal formé",
                "/api/v1/territories/departement/38/children?page=0|400|numéro de page",
                "/api/v1/territories/departement/38/children?page=abc|400|Paramètre « page » invalide",
                "/api/v1/territories/departement/38/children?page=99999999999|400|Paramètre « page » invalide",
                "/api/v1/territories/departement/38/children?size=201|400|taille de page",
                "/api/v1/territories/departement/38/children?echelon=quartier|400|Échelon inconnu",
                "/api/v1/territories?q=|400|Paramètre « q » obligatoire",
                "/api/v1/territories?q=grenoble&limit=0|400|limit",
                "/api/v1/territories?q=grenoble&limit=1000|400|limit",
                "/api/v1/territories?q=grenoble&echelon=x|400|Échelon inconnu",
                "/api/v1/nothing-here|404|n'existe pas",
            })
    void answersBadInputWithAJsonMessage(String url, int status, String message) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.message").value(containsString(message)))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void refusesAQueryOver200Characters() throws Exception {
        mvc.perform(get("/api/v1/territories").param("q", "a".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("200")));
        mvc.perform(get("/api/v1/territories").param("q", "a".repeat(200))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "' OR '1'='1", "'; drop table territory; --", "%_%", "\u0000"})
    void answersHostileQueriesWithoutHarm(String q) throws Exception {
        mvc.perform(get("/api/v1/territories").param("q", q)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/territories/commune/38185")).andExpect(status().isOk());
    }

    @Test
    void documentsTheApiWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/territories']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/territories/{echelon}/{code}']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/territories/{echelon}/{code}/children']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/frame']").exists());
    }
}
