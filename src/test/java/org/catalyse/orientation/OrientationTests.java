package org.catalyse.orientation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.catalyse.territories.TerritoryId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class OrientationTests {

    @Autowired
    Orientation orientation;

    @Autowired
    MockMvc mvc;

    static final OrientationRequest MORLAIX = new OrientationRequest(
            "associations",
            TerritoryId.parse("commune:29151"),
            List.of(),
            List.of(),
            Map.of(
                    "typologie",
                    "structurer",
                    "objectifs",
                    "structurer",
                    "evaluation",
                    "experimenter",
                    "ancrage-territorial",
                    "structurer",
                    "gouvernance",
                    "structurer"));

    static Path.Stage stage(Path path, String key) {
        return path.stages().stream()
                .filter(s -> s.stage().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAssociationInMorlaixWithLevelTwoOnEvaluationGetsAnEvaluationMethodACaseInBretagneAndItsCatalysts() {
        Path path = orientation.pathFor(MORLAIX);
        assertThat(path.stages()).extracting(Path.Stage::stage).containsExactly("s-informer", "se-former", "agir");
        List<Path.Item> learn = stage(path, "se-former").items();
        // Evaluation is the weakest axis: what speaks of it comes first, and the methods on it are listed.
        assertThat(learn.get(0).title()).containsIgnoringCase("valu");
        assertThat(learn.get(0).reasons()).extracting(Reason::signal).contains("focus", "profile", "maturity", "stage");
        assertThat(learn)
                .extracting(Path.Item::id)
                .contains(
                        "evaluation-partenariale-sept-approches",
                        "evaluation-partenariale-trois-objets-un-chemin-dans-le-temps");
        assertThat(learn).extracting(Path.Item::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(stage(path, "s-informer").items()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo("cress-bretagne-cooperations-entreprises-ess");
            assertThat(i.why()).contains("à Morlaix");
        });
        List<Path.Item> act = stage(path, "agir").items();
        assertThat(act.get(0).type()).isEqualTo("catalyst");
        assertThat(act)
                .filteredOn(i -> i.type().equals("catalyst"))
                .extracting(Path.Item::id)
                .contains("cress-bretagne");
        assertThat(orientation.pathFor(MORLAIX)).as("deterministic").isEqualTo(path);
    }

    @Test
    void theApiGivesThePathAndRefusesUnknownValues() throws Exception {
        mvc.perform(get("/api/v1/orientation")
                        .param("profile", "associations")
                        .param("territory", "commune:29151")
                        .param("maturity", "evaluation:experimenter", "typologie:structurer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].stage").value("s-informer"))
                .andExpect(jsonPath("$.stages[2].items[0].type").value("catalyst"))
                .andExpect(
                        jsonPath("$.stages[1].items[0].why", Matchers.hasItem(Matchers.containsString("Évaluation"))));
        mvc.perform(get("/api/v1/orientation")
                        .header("Accept-Language", "en")
                        .param("profile", "associations")
                        .param("territory", "commune:29151"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.stages[2].items[0].why", Matchers.hasItem(Matchers.startsWith("catalyst covering"))));
        mvc.perform(get("/api/v1/orientation").param("profile", "martiens"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", Matchers.containsString("martiens")));
        mvc.perform(get("/api/v1/orientation").param("territory", "commune:00000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/orientation").param("maturity", "evaluation:expert"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", Matchers.containsString("niveau inconnu")));
        mvc.perform(get("/api/v1/orientation").param("maturity", "cuisine:decouvrir"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/orientation").param("domain", "nulle-part")).andExpect(status().isBadRequest());
    }
}
