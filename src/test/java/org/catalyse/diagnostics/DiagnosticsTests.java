package org.catalyse.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Diagnostics through the service, the pages and the API: answering, scoring, versions, links, peers. */
@CatalyseTest
class DiagnosticsTests {

    static final String KEY = "politique-partenariale";

    @Autowired
    MockMvc mvc;

    @Autowired
    Diagnostics diagnostics;

    @Autowired
    DiagnosticCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    /** An association with level 2 on evaluation (score 40.9: 4.5 points of 11). */
    static Map<String, List<String>> associationInMorlaix() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("typo-partenaires", List.of("une-ou-deux"));
        a.put("typo-modes", List.of("mecenat"));
        a.put("typo-mecenat", List.of("financier"));
        a.put("typo-choix", List.of("toujours-pareil"));
        a.put("obj-attentes", List.of("argent"));
        a.put("obj-carre", List.of("ressources"));
        a.put("obj-partenaires", List.of("3"));
        a.put("obj-trajectoires", List.of("performance"));
        a.put("eval-pratique", List.of("compter"));
        a.put("eval-approches", List.of("performance", "pertinence"));
        a.put("eval-objets", List.of("production"));
        a.put("eval-criteres-communs", List.of("non"));
        a.put("eval-suites", List.of("rapport"));
        a.put("anc-besoins", List.of("terrain"));
        a.put("anc-catalyseur", List.of("de-nom"));
        a.put("anc-reseaux", List.of("secteur"));
        a.put("anc-reconnaissance", List.of("2"));
        a.put("gouv-decision", List.of("une-personne"));
        a.put("gouv-convention", List.of("courrier"));
        a.put("gouv-moyens", List.of("2"));
        a.put("gouv-referent", List.of("non"));
        return a;
    }

    @Test
    void scoresTheAssociationInMorlaixAtLevelTwoOnEvaluation() {
        Scores s = diagnostics.score(KEY, null, associationInMorlaix());
        assertThat(s.axis("evaluation").orElseThrow().score()).isEqualTo(40.9);
        assertThat(s.axis("evaluation").orElseThrow().level()).isEqualTo(2);
        assertThat(s.version()).isEqualTo("2026.1");
    }

    @Test
    void anAxisIsToldApartByTheWordsNoOtherAxisUses() {
        Diagnostics.AxisGuide evaluation = diagnostics.axisGuide("evaluation").orElseThrow();
        assertThat(evaluation.words()).contains("evalu").doesNotContain("mecen", "const", "parte");
        assertThat(diagnostics.axisGuide("gouvernance").orElseThrow().words()).contains("gouve", "conve");
        assertThat(diagnostics.axisGuide("cuisine")).isEmpty();
    }

    @Test
    void theApiListsTheDefinitionsAndScoresAFullSet() throws Exception {
        mvc.perform(get("/api/v1/diagnostics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].key", hasItem("rse-partenariats")))
                .andExpect(jsonPath("$.items[*].key", hasItem("co-construction-territoriale")))
                .andExpect(jsonPath("$.items[*].key", hasItem(KEY)));
        mvc.perform(get("/api/v1/diagnostics/" + KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(21));
        mvc.perform(post("/api/v1/diagnostics/" + KEY + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(associationInMorlaix(), "\"eval-criteres-communs\": false")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2026.1"))
                .andExpect(jsonPath("$.axes[2].key").value("evaluation"))
                .andExpect(jsonPath("$.axes[2].level").value(2))
                .andExpect(jsonPath("$.axes[2].maturity").value("experimenter"))
                .andExpect(jsonPath("$.overall.level").isNumber());
    }

    /** The answers as JSON, one of them replaced by {@code override}. */
    static String json(Map<String, List<String>> answers, String override) {
        StringBuilder s = new StringBuilder("{\"answers\":{");
        String replaced = override.substring(1, override.indexOf('"', 1));
        answers.forEach((k, v) -> {
            if (k.equals(replaced)) {
                return;
            }
            s.append('"').append(k).append("\":[");
            s.append(String.join(",", v.stream().map(x -> "\"" + x + "\"").toList()));
            s.append("],");
        });
        return s.append(override).append("}}").toString();
    }

    @Test
    void theApiRefusesTamperedAnswersNamingTheQuestion() throws Exception {
        mvc.perform(post("/api/v1/diagnostics/" + KEY + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(associationInMorlaix(), "\"eval-pratique\": \"tout-le-temps\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].question").value("eval-pratique"))
                .andExpect(jsonPath("$.message", containsString("« eval-pratique »")));
        mvc.perform(post("/api/v1/diagnostics/" + KEY + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(associationInMorlaix(), "\"gouv-moyens\": 9")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].question").value("gouv-moyens"));
        mvc.perform(post("/api/v1/diagnostics/" + KEY + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(associationInMorlaix(), "\"question-inventee\": \"x\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].question").value("question-inventee"));
        mvc.perform(post("/api/v1/diagnostics/" + KEY + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{\"typo-partenaires\":\"aucune\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("réponse obligatoire"));
        mvc.perform(post("/api/v1/diagnostics/" + KEY + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("answers")));
        mvc.perform(post("/api/v1/diagnostics/inconnu/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{}}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersGivenUnderVersionOneScoreTheSameOnceVersionTwoIsPublished() throws Exception {
        Diagnostics.Started started = diagnostics.start("rse-partenariats", "entreprises", null, null);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Diagnostic v1 = diagnostics.definition("rse-partenariats").orElseThrow();
        for (Diagnostic.Question q : v1.questions()) {
            answers.put(
                    q.key(),
                    switch (q.type()) {
                        case SINGLE, MULTIPLE -> List.of(q.choices().get(1).key());
                        case SCALE -> List.of("3");
                        case YES_NO -> List.of("oui");
                    });
        }
        for (Diagnostic.Axis axis : v1.axes()) {
            Map<String, List<String>> step = new LinkedHashMap<>();
            v1.questionsOf(axis.key()).forEach(q -> step.put(q.key(), answers.get(q.key())));
            assertThat(diagnostics.saveStep(started.secret(), axis.key(), step)).isEmpty();
        }
        assertThat(diagnostics.complete(started.secret())).isEmpty();
        Scores before = diagnostics.open(started.secret()).scores();

        // Version 2 weighs the questions differently and moves the thresholds.
        String v2 = new String(
                        new ClassPathResource("diagnostics/rse-partenariats.json")
                                .getInputStream()
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"")
                .replaceAll("\"weight\": \\d", "\"weight\": 5")
                .replaceAll(
                        "\"thresholds\": \\[\\s*0,\\s*\\d+,\\s*\\d+,\\s*\\d+\\s*]", "\"thresholds\": [0, 5, 10, 15]");
        catalogue.publish("diagnostics/rse-partenariats-2026.2.json", v2);
        assertThat(diagnostics.definition("rse-partenariats").orElseThrow().version())
                .isEqualTo("2026.2");

        Response after = diagnostics.open(started.secret());
        assertThat(after.version()).isEqualTo("2026.1");
        assertThat(after.scores()).isEqualTo(before);
        assertThat(diagnostics.score("rse-partenariats", "2026.1", answers)).isEqualTo(before);
        assertThat(diagnostics.score("rse-partenariats", null, answers).version())
                .isEqualTo("2026.2");
        assertThat(diagnostics.score("rse-partenariats", null, answers).level()).isNotEqualTo(before.level());

        // The content of an answered version cannot change under the same version.
        assertThatThrownBy(() -> catalogue.publish(
                        "diagnostics/rse.json",
                        new String(
                                        new ClassPathResource("diagnostics/rse-partenariats.json")
                                                .getInputStream()
                                                .readAllBytes(),
                                        StandardCharsets.UTF_8)
                                .replace("\"weight\": 2", "\"weight\": 3")))
                .hasMessageContaining("a changé alors que");
    }

    String start(MockHttpServletRequestBuilder begin) throws Exception {
        MvcResult r = mvc.perform(begin.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/faire-le-point/r/[A-Za-z0-9_-]{43}/etape/1\\?nouveau");
        return location.substring("/faire-le-point/r/".length(), location.indexOf("/etape"));
    }

    @Test
    void answeringThePagesOneAxisPerStepSavesResumesAndGivesTheResults() throws Exception {
        mvc.perform(get("/faire-le-point"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Politique partenariale")));
        mvc.perform(get("/faire-le-point/" + KEY)).andExpect(status().isOk());
        // A postal code shared by several communes asks which one.
        mvc.perform(post("/faire-le-point/" + KEY)
                        .with(csrf())
                        .param("profile", "associations")
                        .param("lieu", "29600"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Plusieurs lieux")));
        String secret = start(
                post("/faire-le-point/" + KEY).param("profile", "associations").param("lieu", "commune:29151"));
        Response started = diagnostics.open(secret);
        assertThat(started.territory()).isEqualTo("commune:29151");
        assertThat(started.region()).isEqualTo("region:53");

        Diagnostic d = diagnostics.definition(KEY).orElseThrow();
        Map<String, List<String>> answers = associationInMorlaix();
        // A required answer left out: the step is shown again, naming it, and what was given is kept.
        mvc.perform(post("/faire-le-point/r/" + secret + "/etape/1")
                        .with(csrf())
                        .param("q.typo-partenaires", "une-ou-deux")
                        .param("action", "suivant"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("réponse obligatoire")));
        assertThat(diagnostics.open(secret).answers()).containsEntry("typo-partenaires", List.of("une-ou-deux"));
        // Tampered answers: 400 naming the question.
        mvc.perform(post("/faire-le-point/r/" + secret + "/etape/1")
                        .with(csrf())
                        .param("q.typo-partenaires", "mille"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("typo-partenaires")));
        for (int step = 1; step <= d.axes().size(); step++) {
            var request = post("/faire-le-point/r/" + secret + "/etape/" + step)
                    .with(csrf())
                    .param("action", step == 2 ? "plus-tard" : "suivant");
            for (Diagnostic.Question q : d.questionsOf(d.axes().get(step - 1).key())) {
                request.param("q." + q.key(), answers.get(q.key()).toArray(String[]::new));
            }
            MvcResult r =
                    mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
            if (step == 2) {
                assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/faire-le-point/r/" + secret + "?enregistre");
                mvc.perform(get("/faire-le-point/r/" + secret))
                        .andExpect(status().isOk())
                        .andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
                        .andExpect(content().string(containsString("4 réponse(s) sur 4")));
            }
            if (step == d.axes().size()) {
                assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/faire-le-point/r/" + secret + "/resultats");
            }
        }
        mvc.perform(get("/faire-le-point/r/" + secret + "/resultats"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg role=\"img\"")))
                .andExpect(content().string(containsString("2 – Expérimenter")))
                .andExpect(content().string(containsString("40,9")));
        mvc.perform(get("/faire-le-point/r/" + secret + "/resultats.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
                .andExpect(content().string(containsString("\"Évaluation\",\"40.9\",\"2\",\"Expérimenter\"")));
    }

    @Test
    void theDomainsAndObjectivesChosenAtTheStartAreKeptWithTheResponse() throws Exception {
        mvc.perform(get("/faire-le-point/" + KEY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Vos domaines d’action</legend>")))
                .andExpect(content().string(containsString("name=\"domain\"")))
                .andExpect(content().string(containsString("name=\"objective\"")));
        // Asked which commune 29600 is, the page keeps the boxes ticked.
        mvc.perform(post("/faire-le-point/" + KEY)
                        .with(csrf())
                        .param("profile", "associations")
                        .param("lieu", "29600")
                        .param("domain", "developpement-economique-local"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"developpement-economique-local\" checked")));
        mvc.perform(post("/faire-le-point/" + KEY)
                        .with(csrf())
                        .param("profile", "associations")
                        .param("domain", "nulle-part"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("« nulle-part » n’est pas dans la liste")));
        String secret = start(post("/faire-le-point/" + KEY)
                .param("profile", "associations")
                .param("lieu", "commune:29151")
                .param("domain", "developpement-economique-local", "emploi-insertion")
                .param("objective", "cooperer-efficacement"));
        Response r = diagnostics.open(secret);
        assertThat(r.domains()).containsExactly("developpement-economique-local", "emploi-insertion");
        assertThat(r.objectives()).containsExactly("cooperer-efficacement");

        // A response started before domains and objectives were asked has none.
        jdbc.sql("update diagnostic_response set domains_json = null, objectives_json = null where id = ?")
                .param(r.id())
                .update();
        assertThat(diagnostics.open(secret).domains()).isEmpty();
        assertThat(diagnostics.open(secret).objectives()).isEmpty();
    }

    @LocalServerPort
    int port;

    HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownAndExpiredLinksGetAClearPage() throws Exception {
        HttpResponse<String> unknown = page("/faire-le-point/r/nimportequoi/resultats");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Ce lien ne correspond à aucun diagnostic");
        Diagnostics.Started old = diagnostics.start(KEY, "associations", null, null);
        jdbc.sql("update diagnostic_response set updated_at = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(800))),
                        old.response().id())
                .update();
        HttpResponse<String> expired = page("/faire-le-point/r/" + old.secret());
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Ce lien a expiré").doesNotContain("Exception");
    }

    @Test
    void peersAreComparedOnlyWhenThereAreEnoughAndByRegionFromTen() {
        String profile = "fondations-fonds-dotation";
        assertThat(diagnostics.peers(KEY, profile, "region:53")).isEmpty();
        for (int i = 0; i < 12; i++) {
            TerritoryId place = TerritoryId.parse(i < 10 ? "commune:29151" : "commune:38185");
            Diagnostics.Started s = diagnostics.start(KEY, profile, place, null);
            Diagnostic d = diagnostics.definition(KEY).orElseThrow();
            Map<String, List<String>> answers = associationInMorlaix();
            if (i % 2 == 0) {
                answers.put("eval-pratique", List.of("evaluation-partagee"));
                answers.put("eval-criteres-communs", List.of("oui"));
            }
            for (Diagnostic.Axis axis : d.axes()) {
                Map<String, List<String>> step = new LinkedHashMap<>();
                d.questionsOf(axis.key()).forEach(q -> step.put(q.key(), answers.get(q.key())));
                diagnostics.saveStep(s.secret(), axis.key(), step);
            }
            diagnostics.complete(s.secret());
            if (i == 3) {
                assertThat(diagnostics.peers(KEY, profile, "region:53"))
                        .as("4 responses")
                        .isEmpty();
            }
            if (i == 8) {
                assertThat(diagnostics
                                .peers(KEY, profile, "region:53")
                                .orElseThrow()
                                .byRegion())
                        .as("9 in the région: all of France")
                        .isFalse();
            }
        }
        Diagnostics.Peers peers = diagnostics.peers(KEY, profile, "region:53").orElseThrow();
        assertThat(peers.byRegion()).isTrue();
        assertThat(peers.responses()).isEqualTo(10);
        assertThat(peers.counts().get("evaluation")).containsExactly(0, 5, 5, 0);
        Diagnostics.Peers all = diagnostics.peers(KEY, profile, "region:84").orElseThrow();
        assertThat(all.byRegion()).isFalse();
        assertThat(all.responses()).isEqualTo(12);
    }
}
