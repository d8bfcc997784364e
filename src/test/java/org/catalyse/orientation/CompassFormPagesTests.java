package org.catalyse.orientation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Ma boussole" without a diagnostic: the form, the path it gives, and the form given back on bad values. */
@CatalyseTest
class CompassFormPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theEmptyFormAsksProfilePlaceDomainsObjectivesAndLevelsWithoutAPath() throws Exception {
        mvc.perform(get("/ma-boussole"))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("path"))
                .andExpect(content().string(containsString("<title>Ma boussole – Catalyse</title>")))
                .andExpect(
                        content().string(containsString("<form id=\"choix\" method=\"get\" action=\"/ma-boussole\"")))
                .andExpect(content().string(containsString("<label for=\"profile\">")))
                .andExpect(content().string(containsString("<label for=\"lieu\">")))
                .andExpect(content().string(containsString("<legend>Vos domaines d’action</legend>")))
                .andExpect(content().string(containsString("value=\"developpement-economique-local\"")))
                .andExpect(content().string(containsString("value=\"cooperer-efficacement\"")))
                .andExpect(content().string(containsString("<label for=\"niveau-evaluation\">Évaluation</label>")))
                .andExpect(content().string(containsString("<option value=\"\">Je ne sais pas</option>")))
                .andExpect(content().string(containsString("value=\"evaluation:experimenter\"")))
                .andExpect(content().string(not(containsString("etape-agir"))));
    }

    @Test
    void anAssociationInMorlaixGetsTheThreeStagesWithTheCatalystsCoveringBretagneUnderAgir() throws Exception {
        MvcResult result = mvc.perform(
                        get("/ma-boussole").param("profile", "associations").param("lieu", "commune:29151"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"etape-agir\"")))
                .andExpect(content().string(containsString("<dd>Morlaix – Finistère (29)</dd>")))
                .andReturn();
        Path path = CompassPagesTests.pathOf(result);
        assertThat(path.stages()).extracting(Path.Stage::stage).containsExactly("s-informer", "se-former", "agir");
        List<Path.Item> act = OrientationTests.stage(path, "agir").items();
        assertThat(act.get(0).type()).isEqualTo("catalyst");
        assertThat(act).anySatisfy(i -> {
            assertThat(i.type()).isEqualTo("catalyst");
            assertThat(i.id()).isEqualTo("cress-bretagne");
            assertThat(i.why()).anySatisfy(w -> assertThat(w).containsAnyOf("Bretagne", "Finistère"));
        });
        assertThat(OrientationTests.stage(path, "s-informer").items())
                .allSatisfy(i -> assertThat(i.why()).isNotEmpty());
        assertThat(result.getResponse().getContentAsString())
                .contains("CRESS Bretagne")
                .contains("catalyseur qui couvre");
    }

    @Test
    void theDomainsObjectivesAndLevelsChosenGiveTheirReasons() throws Exception {
        MvcResult result = mvc.perform(get("/ma-boussole")
                        .param("profile", "associations")
                        .param("lieu", "commune:29151")
                        .param("domain", "developpement-economique-local")
                        .param("objective", "cooperer-efficacement")
                        .param("maturity", "", "evaluation:experimenter", "", "gouvernance:structurer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("domaine d’action : Développement économique local")))
                .andExpect(content().string(containsString("value=\"developpement-economique-local\" checked")))
                .andExpect(content().string(containsString("value=\"evaluation:experimenter\" selected")))
                .andReturn();
        Path path = CompassPagesTests.pathOf(result);
        assertThat(path.stages())
                .flatExtracting(Path.Stage::items)
                .flatExtracting(Path.Item::reasons)
                .extracting(Reason::signal)
                .contains("domain", "focus", "maturity", "proximity");
        assertThat(OrientationTests.stage(path, "se-former").items().get(0).title())
                .containsIgnoringCase("valu");
    }

    @Test
    void aPostalCodeSharedBySeveralCommunesAsksWhichOneAndMorlaixGivesItsPath() throws Exception {
        mvc.perform(get("/ma-boussole")
                        .param("profile", "associations")
                        .param("lieu", "29600")
                        .param("domain", "developpement-economique-local"))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("path"))
                .andExpect(content().string(containsString("Plusieurs lieux correspondent à « 29600 »")))
                .andExpect(content().string(containsString("value=\"commune:29151\"")))
                .andExpect(content().string(containsString("Morlaix (Finistère (29))")))
                .andExpect(content().string(containsString("value=\"developpement-economique-local\" checked")));
        MvcResult result = mvc.perform(get("/ma-boussole")
                        .param("profile", "associations")
                        .param("lieu", "commune:29151")
                        .param("domain", "developpement-economique-local"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(OrientationTests.stage(CompassPagesTests.pathOf(result), "s-informer")
                        .items())
                .anySatisfy(i -> assertThat(i.why()).contains("à Morlaix"));
    }

    @Test
    void badValuesGiveTheFormBackWithAMessageNextToTheirField() throws Exception {
        mvc.perform(get("/ma-boussole").param("profile", "associations").param("domain", "nulle-part", "sante"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeDoesNotExist("path"))
                .andExpect(content().string(containsString("<title>Erreur – Ma boussole – Catalyse</title>")))
                .andExpect(content().string(containsString("<a href=\"#domaines\">Le domaine d’action « nulle-part »")))
                .andExpect(content()
                        .string(containsString(
                                "<p class=\"field-error\">Le domaine d’action « nulle-part » n’existe pas")))
                .andExpect(content().string(containsString("value=\"sante\" checked")))
                .andExpect(content().string(containsString("<option value=\"associations\" selected")));
        mvc.perform(get("/ma-boussole").param("profile", "martiens"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le profil « martiens » n’existe pas")))
                .andExpect(content().string(containsString("aria-describedby=\"profile-erreur\"")));
        mvc.perform(get("/ma-boussole").param("lieu", "Xqzwvkville"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aucune commune ne correspond à « Xqzwvkville »")))
                .andExpect(content().string(containsString("value=\"Xqzwvkville\"")));
        mvc.perform(get("/ma-boussole").param("lieu", "x".repeat(300)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le lieu est trop long")));
        mvc.perform(get("/ma-boussole").param("maturity", "evaluation:expert", "cuisine:decouvrir"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("« evaluation:expert » n’est pas un niveau de maturité")))
                .andExpect(content().string(containsString("« cuisine:decouvrir » ne désigne aucun axe")));
        mvc.perform(get("/ma-boussole").param("objective", "<script>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("L’objectif « &lt;script&gt; » n’existe pas")));
    }

    @Test
    void theFormSentEmptyGivesAPathForEveryoneAndEnglishIsSpokenOnRequest() throws Exception {
        MvcResult result = mvc.perform(get("/ma-boussole").param("profile", "").param("lieu", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien n’est précisé")))
                .andReturn();
        assertThat(CompassPagesTests.pathOf(result).stages()).hasSize(3);
        mvc.perform(get("/ma-boussole")
                        .param("lang", "en")
                        .param("profile", "associations")
                        .param("lieu", "commune:29151")
                        .param("domain", "nulle-part"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<h1>My compass</h1>")))
                .andExpect(content()
                        .string(containsString("The action domain “nulle-part” is not in the reference frame")));
    }

    @Test
    void theMenuTheHomePageAndTheDiagnosticsLeadToIt() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<a href=\"/ma-boussole\">Ma boussole</a>")))
                .andExpect(content()
                        .string(containsString("<a href=\"/ma-boussole\">Composer mon chemin : Ma boussole</a>")));
        mvc.perform(get("/faire-le-point"))
                .andExpect(content()
                        .string(containsString("<a href=\"/ma-boussole\">Sans diagnostic : composer mon chemin</a>")));
    }
}
