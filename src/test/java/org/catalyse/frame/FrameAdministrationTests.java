package org.catalyse.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.catalyse.CatalyseTest;
import org.catalyse.web.HtmlValidityTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator edits an editable axis of the frame at /admin/referentiel: every change is kept with who and
 * when; a value in use is retired, not deleted. Each test leaves the frame as it found it (the context is shared).
 */
@CatalyseTest
class FrameAdministrationTests {

    static final String ADMIN = "admin@referentiel.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    Frame frame;

    @Autowired
    FrameEditor editor;

    private static RequestPostProcessor admin() {
        return user(ADMIN).roles("MEMBER", "ADMINISTRATOR");
    }

    private ResultActions change(String axis, String key, String action, String fr, String en) throws Exception {
        return mvc.perform(post("/admin/referentiel/" + axis + "/valeurs/" + key)
                .with(csrf())
                .with(admin())
                .param("action", action)
                .param("labelFr", fr)
                .param("labelEn", en));
    }

    private FrameView.Axis domains() {
        return frame.current().axis("action-domain").orElseThrow();
    }

    @Test
    void addRenameAndDeleteAnUnusedValueEachChangeInTheHistory() throws Exception {
        int before = domains().values().size();

        mvc.perform(post("/admin/referentiel/action-domain/valeurs")
                        .with(csrf())
                        .with(admin())
                        .param("key", "sport-loisirs")
                        .param("labelFr", "Sport et loisirs")
                        .param("labelEn", "Sport and leisure"))
                .andExpect(redirectedUrl("/admin/referentiel?enregistre#axe-action-domain"));
        assertThat(domains().values()).hasSize(before + 1);
        assertThat(frame.require("action-domain", "sport-loisirs").label().fr()).isEqualTo("Sport et loisirs");
        mvc.perform(get("/api/v1/frame"))
                .andExpect(jsonPath("$.axes[?(@.key == 'action-domain')].values.length()")
                        .value(before + 1));

        change("action-domain", "sport-loisirs", "renommer", "Sport, loisirs et plein air", "Sport and outdoors")
                .andExpect(status().is3xxRedirection());
        assertThat(frame.value("action-domain:sport-loisirs")
                        .orElseThrow()
                        .label()
                        .en())
                .isEqualTo("Sport and outdoors");

        assertThat(editor.uses("action-domain", "sport-loisirs")).isZero();
        change("action-domain", "sport-loisirs", "supprimer", "", "").andExpect(status().is3xxRedirection());
        assertThat(domains().values()).hasSize(before);
        assertThat(frame.value("action-domain:sport-loisirs")).isEmpty();

        mvc.perform(get("/admin/referentiel").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action-domain:sport-loisirs")))
                .andExpect(content().string(containsString("Ajoutée")))
                .andExpect(content().string(containsString("Renommée")))
                .andExpect(content().string(containsString("Supprimée")))
                .andExpect(content().string(containsString("Sport et loisirs / Sport and leisure")))
                .andExpect(content().string(containsString("Sport, loisirs et plein air / Sport and outdoors")))
                .andExpect(content().string(containsString(ADMIN)));
    }

    @Test
    void aValueInUseIsNotDeletedButRetiredAndStillNamesWhatItQualifies() throws Exception {
        FrameView.Value used = domains().values().stream()
                .filter(v -> editor.uses("action-domain", v.key()) > 0)
                .findFirst()
                .orElseThrow();
        int offered = domains().values().size();

        change("action-domain", used.key(), "supprimer", "", "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ne peut pas être supprimée")))
                .andExpect(content().string(containsString("Retirez-la plutôt")));
        assertThat(domains().value(used.key())).isPresent();

        try {
            change("action-domain", used.key(), "retirer", "", "").andExpect(status().is3xxRedirection());
            assertThat(domains().values()).hasSize(offered - 1).doesNotContain(used);
            assertThat(domains().retired()).containsExactly(used);
            // What refers to it keeps its name, and references to it stay valid.
            assertThat(frame.value("action-domain:" + used.key())).contains(used);
            assertThat(frame.require("action-domain", used.key())).isEqualTo(used);
            byte[] page = mvc.perform(get("/admin/referentiel").with(admin()))
                    .andExpect(content().string(containsString("Rétablir")))
                    .andExpect(content().string(containsString("Retirée")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(HtmlValidityTests.errors(page))
                    .as("Nu HTML checker errors on the frame's administration with a retired value")
                    .isEmpty();
        } finally {
            change("action-domain", used.key(), "retablir", "", "").andExpect(status().is3xxRedirection());
        }
        assertThat(domains().values()).hasSize(offered).contains(used);
        assertThat(domains().retired()).isEmpty();
    }

    @Test
    void badChangesGetAClearMessage() throws Exception {
        mvc.perform(post("/admin/referentiel/medoc-type/valeurs")
                        .with(csrf())
                        .with(admin())
                        .param("key", "video")
                        .param("labelFr", "Vidéo")
                        .param("labelEn", "Video"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("fait publié")));
        mvc.perform(post("/admin/referentiel/action-domain/valeurs")
                        .with(csrf())
                        .with(admin())
                        .param("key", "Pas Une Clé")
                        .param("labelFr", "x")
                        .param("labelEn", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invalide")));
        mvc.perform(post("/admin/referentiel/action-domain/valeurs")
                        .with(csrf())
                        .with(admin())
                        .param("key", "sante")
                        .param("labelFr", "Santé")
                        .param("labelEn", "Health"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà une valeur")));
        change("action-domain", "sante", "renommer", "", "Health")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("en français et en anglais")));
        change("action-domain", "sante", "effacer", "", "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Action inconnue")));
        change("axe-inconnu", "x", "retirer", "", "").andExpect(status().isNotFound());
        change("action-domain", "inconnue", "retirer", "", "").andExpect(status().isNotFound());
        mvc.perform(post("/admin/referentiel/action-domain/valeurs/sante")
                        .with(csrf())
                        .with(user("m@referentiel.test").roles("MEMBER", "MODERATOR"))
                        .param("action", "retirer"))
                .andExpect(status().isForbidden());
        assertThat(domains().value("sante")).isPresent();
        assertThat(domains().retired()).isEmpty();
    }
}
