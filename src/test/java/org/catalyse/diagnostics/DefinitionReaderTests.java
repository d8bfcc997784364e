package org.catalyse.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@CatalyseTest
class DefinitionReaderTests {

    @Autowired
    Frame frameService;

    FrameView frame() {
        return frameService.current();
    }

    static String seed(String key) throws IOException {
        return new String(
                new ClassPathResource("diagnostics/" + key + ".json")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theThreeDiagnosticsOfTheCommonsAreValidWithFifteenToTwentyFiveQuestions() throws IOException {
        DefinitionReader reader = new DefinitionReader(frame());
        for (String key : List.of("politique-partenariale", "rse-partenariats", "co-construction-territoriale")) {
            DefinitionReader.Result r = reader.read(key + ".json", seed(key));
            assertThat(r.problems()).as(key).isEmpty();
            assertThat(r.diagnostic().questions()).hasSizeBetween(15, 25);
            assertThat(r.diagnostic().questions().stream().map(q -> q.type()).distinct())
                    .containsExactlyInAnyOrder(Diagnostic.Type.values());
            assertThat(r.diagnostic().axes())
                    .extracting(Diagnostic.Axis::key)
                    .containsExactly("typologie", "objectifs", "evaluation", "ancrage-territorial", "gouvernance");
        }
    }

    @Test
    void everyProblemIsNamedWithTheFileAndTheQuestionAndNothingIsGiven() throws IOException {
        String broken = seed("politique-partenariale")
                .replace("\"key\": \"typo-modes\",\n  \"axis\": \"typologie\"", "X")
                .replaceFirst("\"type\": \"single\"", "\"type\": \"ranking\"")
                .replaceFirst("\"key\": \"une-ou-deux\"", "\"key\": \"aucune\"")
                .replaceFirst("\"axis\": \"gouvernance\"", "\"axis\": \"finances\"");
        DefinitionReader.Result r = new DefinitionReader(frame()).read("diagnostics/casse.json", broken);
        assertThat(r.diagnostic()).isNull();
        assertThat(r.problems())
                .contains(
                        "diagnostics/casse.json, la question « typo-partenaires » : type « ranking » inconnu (single, multiple, scale, yes-no)")
                .contains("diagnostics/casse.json, la question « typo-partenaires » : choix « aucune » en double")
                .anyMatch(p -> p.startsWith("diagnostics/casse.json, la question « gouv-")
                        && p.endsWith("axe « finances » inconnu"));
    }

    @Test
    void thresholdsMustStartAtZeroAndGrowAndFrameValuesMustExist() throws IOException {
        String broken = seed("politique-partenariale")
                .replaceFirst("\"thresholds\": \\[\\s*0,\\s*25,\\s*50,\\s*75\\s*]", "\"thresholds\": [0, 50, 40, 75]")
                .replaceFirst("\"cooperer-efficacement\"", "\"cooperer-vite\"");
        DefinitionReader.Result r = new DefinitionReader(frame()).read("x.json", broken);
        assertThat(r.problems())
                .contains("x.json, l'axe « typologie » : les seuils doivent croître de 0 à 100 au plus")
                .contains(
                        "x.json, l'axe « typologie » : valeur « strategic-objective:cooperer-vite » absente du cadre");
    }

    @Test
    void unreadableJsonIsNamed() throws IOException {
        DefinitionReader.Result r = new DefinitionReader(frame()).read("y.json", "{ \"key\": ");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("y.json : JSON illisible"));
    }
}
