package org.catalyse.orientation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The path that follows a completed diagnostic uses what was said at its start. */
@CatalyseTest
class CompassPagesTests {

    static final String KEY = "politique-partenariale";

    @Autowired
    MockMvc mvc;

    @Autowired
    Diagnostics diagnostics;

    /** Answers every question of the response behind the link (the second choice, the middle of scales, yes). */
    void answerAll(String secret) {
        Diagnostic d = diagnostics.definitionOf(diagnostics.open(secret));
        for (Diagnostic.Axis axis : d.axes()) {
            Map<String, List<String>> step = new LinkedHashMap<>();
            for (Diagnostic.Question q : d.questionsOf(axis.key())) {
                step.put(
                        q.key(),
                        switch (q.type()) {
                            case SINGLE, MULTIPLE -> List.of(q.choices().get(1).key());
                            case SCALE -> List.of("3");
                            case YES_NO -> List.of("oui");
                        });
            }
            assertThat(diagnostics.saveStep(secret, axis.key(), step)).isEmpty();
        }
        assertThat(diagnostics.complete(secret)).isEmpty();
    }

    /** The path a page was rendered with. */
    static Path pathOf(MvcResult result) {
        return (Path) result.getModelAndView().getModel().get("path");
    }

    static List<String> signals(Path path) {
        return path.stages().stream()
                .flatMap(s -> s.items().stream())
                .flatMap(i -> i.reasons().stream())
                .map(Reason::signal)
                .toList();
    }

    @Test
    void theDomainsAndObjectivesChosenAtTheDiagnosticStartReachThePath() throws Exception {
        MvcResult started = mvc.perform(post("/faire-le-point/" + KEY)
                        .with(csrf())
                        .param("profile", "associations")
                        .param("lieu", "commune:29151")
                        .param("domain", "developpement-economique-local")
                        .param("objective", "cooperer-efficacement"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = started.getResponse().getRedirectedUrl();
        String secret = location.substring("/faire-le-point/r/".length(), location.indexOf("/etape"));
        answerAll(secret);

        MvcResult compass = mvc.perform(get("/faire-le-point/r/" + secret + "/boussole"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("domaine d’action : Développement économique local")))
                .andReturn();
        Path path = pathOf(compass);
        assertThat(signals(path)).contains("domain");
        assertThat(OrientationTests.stage(path, "s-informer").items())
                .filteredOn(
                        i -> i.type().equals("case") && i.id().equals("cress-bretagne-cooperations-entreprises-ess"))
                .singleElement()
                .satisfies(
                        i -> assertThat(i.reasons()).extracting(Reason::signal).contains("domain"));

        // The same answers without domains nor objectives: no reason speaks of them.
        Diagnostics.Started plain = diagnostics.start(KEY, "associations", TerritoryId.parse("commune:29151"), null);
        answerAll(plain.secret());
        MvcResult without = mvc.perform(get("/faire-le-point/r/" + plain.secret() + "/boussole"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(signals(pathOf(without))).doesNotContain("domain", "objective");
    }
}
