package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.SearchQuery;
import org.catalyse.search.SearchResults;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.Slugs;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class AlliancesTests {

    @Autowired
    Alliances alliances;

    @Autowired
    SearchEngine search;

    @Autowired
    MockMvc mvc;

    @Test
    void seedsHoldAtLeastTenCatalystsAndEightCases() {
        List<ActorView> actors = new java.util.ArrayList<>();
        alliances.forEachActor(actors::add);
        assertThat(actors.stream().filter(a -> a.seed() && a.catalyst())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(alliances.caseCount()).isGreaterThanOrEqualTo(8);
        assertThat(actors.stream().filter(ActorView::seed))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.content().source()).isNotBlank());
    }

    @Test
    void territoryPagesShowTheCatalystsCasesAndActorsWithinAndAround() throws Exception {
        mvc.perform(get("/territoires/departement/29").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Catalyseurs qui couvrent ce territoire")))
                .andExpect(content().string(containsString("href=\"/acteurs/cress-bretagne\"")))
                .andExpect(content().string(containsString("/alliances/cress-bretagne-cooperations-entreprises-ess")))
                .andExpect(content()
                        .string(containsString("/recherche?type=case&amp;territory=departement:29&amp;scope=around")));
        mvc.perform(get("/territoires/departement/38").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/alliances/gaia-labo-des-partenariats-grenoble")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(containsString("/alliances/cress-bretagne-cooperations"))));
    }

    @Test
    void inMorlaixTheCatalystsOfBretagneComeBeforeTheNationalOnes() {
        List<CatalystMatch> found = alliances.catalystsFor(TerritoryId.parse("commune:29151"));
        List<String> slugs = found.stream().map(CatalystMatch::slug).toList();
        assertThat(slugs).contains("cress-bretagne");
        int bretagne = slugs.indexOf("cress-bretagne");
        found.stream()
                .filter(m -> m.matchedBy().toString().equals("pays:FR"))
                .forEach(national -> assertThat(slugs.indexOf(national.slug())).isGreaterThan(bretagne));
        assertThat(found)
                .noneMatch(m ->
                        m.coverage().contains("departement:38") && m.coverage().size() == 1);
    }

    @Test
    void theApiFindsCatalystsByTerritoryAndAsksWhichCommuneForASharedPostalCode() throws Exception {
        mvc.perform(get("/api/v1/catalysts").param("territory", "commune:29151"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem("cress-bretagne")))
                .andExpect(jsonPath("$.items[0].matchedBy").exists());
        mvc.perform(get("/api/v1/catalysts").param("postalCode", "29600"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("commune:29151 (Morlaix)")))
                .andExpect(jsonPath("$.message", containsString("commune:29254")));
        mvc.perform(get("/api/v1/catalysts").param("postalCode", "38000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place").value("commune:38185"));
        mvc.perform(get("/api/v1/catalysts").param("territory", "commune:99999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("commune:99999")));
        mvc.perform(get("/api/v1/catalysts").param("postalCode", "2960"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("5 chiffres")));
        mvc.perform(get("/api/v1/catalysts")).andExpect(status().isBadRequest());
    }

    @Test
    void theWhoCanHelpPageAsksWhichCommuneThenListsTheCatalysts() throws Exception {
        mvc.perform(get("/qui-peut-aider").param("lieu", "29600"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/qui-peut-aider?territory=commune:29151")))
                .andExpect(content().string(containsString("Saint-Martin-des-Champs")));
        mvc.perform(get("/qui-peut-aider").param("territory", "commune:29151"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/acteurs/cress-bretagne")));
        mvc.perform(get("/qui-peut-aider").param("lieu", "Zzzyxville"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune commune")));
    }

    @Test
    void actorAndCasePagesShowWhoDidWhatWithStructuredData() throws Exception {
        CaseView bretagne = alliances
                .partnershipCase("cress-bretagne-cooperations-entreprises-ess")
                .orElseThrow();
        mvc.perform(get(bretagne.url()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("application/ld+json")))
                .andExpect(content().string(containsString("\"@type\":\"Project\"")))
                .andExpect(content().string(containsString("/acteurs/cress-bretagne")))
                .andExpect(content().string(containsString("/territoires/commune/29151")));
        mvc.perform(get("/acteurs/cress-bretagne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"@type\":\"Organization\"")))
                .andExpect(content().string(containsString(bretagne.url())))
                // No seat, number, website nor check date: no empty list of facts.
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"facts\""))));
        mvc.perform(get("/acteurs/personne")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + bretagne.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(bretagne.title()));
        mvc.perform(get("/api/v1/actors/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("nope")));
    }

    @Test
    void anActorsPageListsTheCasesNamingItInTitleOrder() throws Exception {
        alliances.saveActor(
                "atelier-des-liens-test",
                new ActorContent(
                        "Atelier des liens (test)",
                        "associations",
                        null,
                        null,
                        null,
                        "commune:29151",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of()),
                false,
                true);
        for (String title : List.of("Zèbres du bocage", "Écoles ouvertes", "Abeilles du pays")) {
            alliances.saveCase(
                    Slugs.slugify(title),
                    linkedCase(title, List.of(new CaseContent.PartnerRef("atelier-des-liens-test", "porteur"))),
                    false,
                    true);
        }
        // The search is told after each commit, on its own thread: wait until it holds the three cases.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (alliances.casesOf("atelier-des-liens-test").size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(alliances.casesOf("atelier-des-liens-test"))
                .extracting(CaseView::title)
                .containsExactly("Abeilles du pays", "Écoles ouvertes", "Zèbres du bocage");
        assertThat(alliances.casesOf("atelier-des-liens-test").get(0).partners())
                .extracting(p -> p.actor().slug(), CaseView.Partner::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("atelier-des-liens-test", "porteur"));
        mvc.perform(get("/acteurs/atelier-des-liens-test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/alliances/ecoles-ouvertes")));

        // A case that no longer names the actor leaves its page at once, even before the index has taken the change.
        alliances.saveCase(
                "ecoles-ouvertes",
                linkedCase("Écoles ouvertes", List.of(new CaseContent.PartnerRef("cress-bretagne", null))),
                false,
                true);
        assertThat(alliances.casesOf("atelier-des-liens-test"))
                .extracting(CaseView::title)
                .containsExactly("Abeilles du pays", "Zèbres du bocage");
        assertThat(alliances.casesOf("personne")).isEmpty();
    }

    private static CaseContent linkedCase(String title, List<CaseContent.PartnerRef> partners) {
        return new CaseContent(
                title,
                "Un cas d’essai.",
                partners,
                List.of("commune:29151"),
                Map.of(),
                2024,
                "en-cours",
                "Texte du cas.",
                Map.of(),
                null,
                List.of(),
                null,
                null);
    }

    @Test
    void casesAndActorsAreSearchableAndFaceted() {
        SearchResults cases = search.search(new SearchQuery("Morlaix", "case", null, null, Map.of(), 1, 20));
        assertThat(cases.items())
                .extracting(SearchResults.Hit::id)
                .contains("cress-bretagne-cooperations-entreprises-ess");
        SearchResults all = search.search(new SearchQuery(null, null, null, null, Map.of(), 1, 1));
        assertThat(all.facets().get("type")).containsKeys("resource", "case", "actor");
        assertThat(all.facets().get("type").get("case")).isEqualTo(alliances.caseCount());
        assertThat(all.facets()).containsKeys("partnership-mode", "impact", "catalyst-function");
        SearchResults catalysts = search.search(new SearchQuery(
                null,
                "actor",
                "commune:29151",
                "around",
                Map.of("catalyst-function", List.of("dialogue-territorial")),
                1,
                50));
        assertThat(catalysts.total()).isPositive();
    }

    @Test
    void anInvalidActorIsRefusedWithEveryReasonAndNothingIsSaved() {
        long before = alliances.actorCount();
        ActorContent bad = new ActorContent(
                "Association test",
                "associations",
                "123456789",
                null,
                "X12",
                "departement:29",
                "ftp://exemple",
                null,
                null,
                null,
                null,
                List.of("dialogue-territorial"),
                List.of());
        assertThatThrownBy(() -> alliances.saveActor("association-test", bad, false, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("SIREN « 123456789 »")
                .hasMessageContaining("RNA « X12 »")
                .hasMessageContaining("doit être une commune")
                .hasMessageContaining("Site web")
                .hasMessageContaining("au moins un territoire");
        assertThat(alliances.actorCount()).isEqualTo(before);
        assertThat(alliances.actor("association-test")).isEmpty();
    }

    @Test
    void anActorIsSavedWithItsCleanedNumbersAndBecomesSearchable() throws Exception {
        ActorView saved = alliances.saveActor(
                "fablab-test-morlaix",
                new ActorContent(
                        "Fablab d’essai du pays de Morlaix",
                        "associations",
                        "732 829 320",
                        null,
                        "w29-1234567",
                        "commune:29151",
                        "https://exemple.org",
                        "Un atelier partagé.",
                        null,
                        "Saisie de test",
                        null,
                        List.of("gestion-lieu"),
                        List.of("epci:242900835")),
                false,
                true);
        assertThat(saved.content().siren()).isEqualTo("732829320");
        assertThat(saved.content().rna()).isEqualTo("W291234567");
        assertThat(alliances
                        .catalystsFor(TerritoryId.parse("commune:29151"))
                        .get(0)
                        .slug())
                .isEqualTo("fablab-test-morlaix");
        mvc.perform(get("/acteurs/fablab-test-morlaix"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fablab d’essai du pays de Morlaix")))
                .andExpect(content().string(containsString("class=\"facts\"")))
                .andExpect(content().string(containsString("732829320")))
                .andExpect(content().string(containsString("/territoires/epci/242900835")));
        // The search is told after the commit, on its own thread: wait until it holds the new actor.
        SearchQuery query = new SearchQuery("Fablab essai", "actor", null, null, Map.of(), 1, 5);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(query).total() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(search.search(query).items())
                .extracting(SearchResults.Hit::id)
                .containsExactly("fablab-test-morlaix");
    }
}
