package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.catalyse.commons.Commons;
import org.catalyse.commons.ResourceDraft;
import org.catalyse.web.HtmlValidityTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator edits the synonyms at /admin/synonymes; the next search uses them, without a restart. */
@CatalyseTest
class SynonymAdminPagesTests {

    /** A word no document holds, so that only a synonym can make it find one. */
    static final String NEW_WORD = "zorglub";

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchEngine engine;

    @Autowired
    Synonyms synonyms;

    @Autowired
    List<SearchSource> sources;

    @Autowired
    Commons commons;

    private static RequestPostProcessor admin() {
        return user("admin@synonymes.test").roles("MEMBER", "ADMINISTRATOR");
    }

    /** The groups other tests rely on are the seeded ones: whatever a test added goes. */
    @AfterEach
    void removeTheGroupsOfTheseTests() {
        synonyms.groups().stream()
                .filter(g -> g.terms().stream().anyMatch(t -> Synonyms.fold(t).equals(NEW_WORD)))
                .forEach(g -> synonyms.delete(g.number()));
    }

    private List<String> found(String q) {
        return engine.search(new SearchQuery(q, null, null, null, Map.of(), 1, 100)).items().stream()
                .map(SearchResults.Hit::id)
                .toList();
    }

    private int groupWith(String term) {
        return synonyms.groups().stream()
                .filter(g -> g.terms().contains(term))
                .findFirst()
                .orElseThrow()
                .number();
    }

    @Test
    void listsTheSeededGroupsAndSaysThatChangesCountFromTheNextSearch() throws Exception {
        byte[] page = mvc.perform(get("/admin/synonymes").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Synonymes de la recherche</h1>")))
                .andExpect(content().string(containsString("responsabilité sociétale des entreprises")))
                .andExpect(content().string(containsString("intercommunalité")))
                .andExpect(content().string(containsString("au moment de la recherche, pas à l’indexation")))
                .andExpect(content().string(containsString("Les fiches déjà indexées gardent leurs mots")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(HtmlValidityTests.errors(page)).isEmpty();
        mvc.perform(get("/admin").with(admin()))
                .andExpect(content().string(containsString("href=\"/admin/synonymes\"")));
    }

    @Test
    void anAddedGroupFindsADocumentByTheNewSynonymAnEditChangesItAndADeletionEndsIt() throws Exception {
        assertThat(found(NEW_WORD)).isEmpty();

        String location = mvc.perform(post("/admin/synonymes")
                        .param("termes", NEW_WORD + "\r\nGAIA")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        int group = groupWith(NEW_WORD);
        assertThat(location).isEqualTo("/admin/synonymes?ajoute=" + group + "#groupe-" + group);
        assertThat(found(NEW_WORD)).contains("gaia-labo-des-partenariats-grenoble");
        mvc.perform(get("/admin/synonymes")
                        .param("ajoute", String.valueOf(group))
                        .with(admin()))
                .andExpect(content().string(containsString("Groupe n° " + group + " ajouté")))
                .andExpect(content().string(containsString(NEW_WORD + "\nGAIA</textarea>")));

        mvc.perform(post("/admin/synonymes/" + group)
                        .param("termes", NEW_WORD + " | liste de contrôle")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/synonymes?enregistre=" + group + "#groupe-" + group));
        assertThat(found(NEW_WORD))
                .contains("checklist-convention-de-partenariat")
                .doesNotContain("gaia-labo-des-partenariats-grenoble");

        mvc.perform(post("/admin/synonymes/" + group + "/suppression")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/synonymes?supprime=" + group));
        assertThat(found(NEW_WORD)).isEmpty();
        assertThat(synonyms.groups()).extracting(Synonyms.Group::number).doesNotContain(group);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "''|Le groupe est vide : écrivez au moins deux termes de même sens, un par ligne.",
                "zorglub|Un groupe réunit au moins deux termes différents ; un seul a été reçu : « zorglub ».",
                "zorglub\\nZorglub|Un groupe réunit au moins deux termes différents ; un seul a été reçu : « zorglub ».",
                "zorglub\\nun (terme)|Le terme « un (terme) » contient un caractère refusé",
                "zorglub\\nRSE|« RSE » figure déjà dans le groupe n° ",
            })
    void refusesABadNewGroupWithItsReasonNextToTheField(String typed, String message) throws Exception {
        String terms = typed.equals("''") ? "" : typed.replace("\\n", "\n");
        byte[] page = mvc.perform(post("/admin/synonymes")
                        .param("termes", terms)
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("<span id=\"termes-nouveau-erreur\" class=\"field-error\">" + message)))
                .andExpect(content().string(containsString("<a href=\"#termes-nouveau\">")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(HtmlValidityTests.errors(page)).isEmpty();
        assertThat(synonyms.groups()).flatExtracting(Synonyms.Group::terms).doesNotContain(NEW_WORD);
    }

    @Test
    void refusesATermTooLong() throws Exception {
        String longTerm = "a".repeat(Synonyms.MAX_TERM_LENGTH + 1);
        mvc.perform(post("/admin/synonymes")
                        .param("termes", NEW_WORD + "\n" + longTerm)
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("Le terme « " + "a".repeat(40) + "… » est trop long (201"
                                + " caractères, 200 au plus).")));
    }

    @Test
    void refusesABadEditOfAGroupNextToItsTermsAndKeepsTheGroup() throws Exception {
        int group = groupWith("EPCI");
        List<String> before = synonyms.groups().stream()
                .filter(g -> g.number() == group)
                .findFirst()
                .orElseThrow()
                .terms();
        String oneTermOnly = "<p id=\"erreur-" + group + "\" class=\"field-error\">"
                + "Un groupe réunit au moins deux termes différents ; un seul a été reçu : « EPCI ».</p>";
        mvc.perform(post("/admin/synonymes/" + group)
                        .param("termes", "EPCI")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(oneTermOnly)))
                .andExpect(content().string(containsString("<a href=\"#termes-" + group + "\">")))
                .andExpect(content().string(containsString(">EPCI</textarea>")));
        assertThat(synonyms.groups()).contains(new Synonyms.Group(group, before));

        mvc.perform(post("/admin/synonymes/999999999/suppression").with(csrf()).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Aucun groupe de synonymes n° 999999999.")));
    }

    @Test
    void refusesAChangeWithoutTheFormsToken() throws Exception {
        mvc.perform(post("/admin/synonymes")
                        .param("termes", NEW_WORD + "\nGAIA")
                        .with(admin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/synonymes")
                        .param("termes", NEW_WORD + "\nGAIA")
                        .with(csrf())
                        .with(user("membre@synonymes.test").roles("MEMBER")))
                .andExpect(status().isForbidden());
        assertThat(found(NEW_WORD)).isEmpty();
    }

    @Test
    void theSeededListLetsEpciFindWhatMentionsOnlyIntercommunalite() {
        List<String> onlyIntercommunalite = sources.stream()
                .filter(source -> source.type().equals("resource"))
                .flatMap(source -> source.documents().stream())
                .filter(d -> words(d).contains("intercommunalite") && !words(d).contains("epci"))
                .map(SearchDocument::key)
                .toList();
        assertThat(onlyIntercommunalite)
                .as("seed resources that say intercommunalité, never EPCI")
                .isNotEmpty();

        List<SearchResults.Hit> hits = engine.search(new SearchQuery("EPCI", "resource", null, null, Map.of(), 1, 100))
                .items();

        assertThat(hits).extracting(SearchResults.Hit::id).containsAll(onlyIntercommunalite);
        assertThat(hits)
                .filteredOn(h -> onlyIntercommunalite.contains(h.id()))
                .extracting(SearchResults.Hit::snippet)
                .anySatisfy(snippet -> assertThat(snippet).containsIgnoringCase("<mark>intercommunalit"));
    }

    @Test
    void theSeededListLetsRseFindWhatSaysResponsabiliteSocietaleDesEntreprisesAndTheOtherWayRound() throws Exception {
        commons.publish(
                "fiche-test-responsabilite-societale",
                new ResourceDraft(
                        "methode",
                        "Engager une entreprise du territoire",
                        "Relier la responsabilité sociétale des entreprises aux besoins du territoire.",
                        "La responsabilité sociétale des entreprises trouve un terrain concret dans les alliances.",
                        List.of("Test"),
                        "Catalyse",
                        "CC-BY-4.0",
                        "Catalyse, 2026",
                        "fr",
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 6, 1),
                        Map.of("usage-stage", List.of("agir")),
                        List.of("departement:38"),
                        List.of()));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!found("responsabilité sociétale des entreprises").contains("fiche-test-responsabilite-societale")) {
            assertThat(System.nanoTime()).as("the new resource is indexed").isLessThan(deadline);
            Thread.sleep(100);
        }

        assertThat(found("RSE")).contains("fiche-test-responsabilite-societale");
        assertThat(found("responsabilité sociétale des entreprises")).contains("mecenat-de-competences-mode-d-emploi");
    }

    /** Every word a document gives the index, folded (case and accents aside). */
    static List<String> words(SearchDocument d) {
        String all = String.join(" ", d.title(), d.summary(), d.text(), String.join(" ", d.labels()));
        return List.of(Synonyms.fold(all).split("[^\\p{L}\\p{N}]+"));
    }
}
