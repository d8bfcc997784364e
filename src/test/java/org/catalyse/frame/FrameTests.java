package org.catalyse.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.catalyse.CatalyseTest;
import org.catalyse.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class FrameTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Frame frame;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} has {1} values")
    @CsvSource({
        "medoc-type, 5",
        "actor-profile, 10",
        "action-domain, 16",
        "echelon, 5",
        "strategic-objective, 4",
        "appropriation-format, 7",
        "usage-stage, 3",
        "maturity-level, 4",
        "partnership-mode, 4",
        "partnership-objective, 4",
        "impact, 3",
        "catalyst-function, 4",
        "sdg, 17",
    })
    void servesEveryAxisWithItsValues(String axis, int values) throws Exception {
        mvc.perform(get("/api/v1/frame"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.axes.length()").value(13))
                .andExpect(jsonPath("$.axes[?(@.key == '" + axis + "')].values.length()")
                        .value(values));
    }

    @Test
    void labelsInFrenchByDefaultAndInEnglishOnRequest() throws Exception {
        mvc.perform(get("/api/v1/frame"))
                .andExpect(jsonPath("$.version").value("2026.1"))
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.axes[0].key").value("medoc-type"))
                .andExpect(jsonPath("$.axes[0].values[0].label").value("Méthode"))
                .andExpect(jsonPath(
                        "$.axes[?(@.key == 'usage-stage')].values[*].label",
                        contains("S'informer", "Se former", "Agir")));
        mvc.perform(get("/api/v1/frame").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.axes[0].values[0].label").value("Method"));
        mvc.perform(get("/api/v1/frame").param("lang", "en"))
                .andExpect(jsonPath("$.axes[0].values[0].label").value("Method"));
    }

    @Test
    void marksWhichListsArePublishedFactsAndWhichAreEditableDefaults() throws Exception {
        mvc.perform(get("/api/v1/frame"))
                .andExpect(jsonPath("$.axes[?(@.key == 'medoc-type')].status").value(contains("fact")))
                .andExpect(
                        jsonPath("$.axes[?(@.key == 'action-domain')].status").value(contains("editable-default")))
                .andExpect(jsonPath("$.axes[?(@.key == 'action-domain')].statusNote")
                        .value(contains(containsString("modifier"))));
    }

    @Test
    void resolvesValuesByAxisAndKey() {
        assertThat(frame.value("medoc-type:methode"))
                .hasValueSatisfying(v -> assertThat(v.label().fr()).isEqualTo("Méthode"));
        assertThat(frame.value("echelon:epci")).isPresent();
        assertThat(frame.value("medoc-type:nope")).isEmpty();
        assertThat(frame.value("nope")).isEmpty();
        assertThatThrownBy(() -> frame.require("medoc-type", "livre"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("methode, exemple, donnee, outil, competence");
        assertThatThrownBy(() -> frame.require("couleur", "bleu")).hasMessageContaining("medoc-type, actor-profile");
    }

    @Test
    void storesTheFrameInTheDatabaseOnce() {
        assertThat(jdbc.queryForObject("select count(*) from frame_version", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from frame_axis", Integer.class))
                .isEqualTo(13);
        assertThat(jdbc.queryForObject("select count(*) from frame_value", Integer.class))
                .isEqualTo(86);
        frame.afterPropertiesSet();
        assertThat(jdbc.queryForObject("select count(*) from frame_value", Integer.class))
                .isEqualTo(86);
    }

    @Test
    void showsTheFramePageInFrenchAndEnglish() throws Exception {
        mvc.perform(get("/referentiel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Le référentiel</h1>")))
                .andExpect(content().string(containsString("Coopérer efficacement")))
                .andExpect(content().string(containsString("Proposition modifiable")))
                .andExpect(content().string(containsString("action-domain:")));
        mvc.perform(get("/referentiel").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("<h1>The reference frame</h1>")))
                .andExpect(content().string(containsString("Method")));
    }
}
