package org.catalyse.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.catalyse.CatalyseTest;
import org.catalyse.shared.Markdown;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@CatalyseTest
class CommonsTests {

    @Autowired
    Commons commons;

    @Autowired
    MockMvc mvc;

    /** The slugs of the seed files (each file is named after its slug, which the seed loading checks). */
    static List<String> seedSlugs() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(CommonsSeed.FILES))
                .map(f -> f.getFilename().replaceFirst("\\.md$", ""))
                .sorted()
                .toList();
    }

    /**
     * The resources loaded from the seed files. Other tests share the database and publish resources of their own,
     * so the commons as a whole is not only seeds.
     */
    List<ResourceView> seeds() throws IOException {
        List<String> slugs = seedSlugs();
        return commons.all().stream().filter(r -> slugs.contains(r.slug())).toList();
    }

    Set<String> valuesOf(String axis) throws IOException {
        return seeds().stream().flatMap(r -> r.qualifier(axis).stream()).collect(Collectors.toSet());
    }

    @Test
    void seedsTheCommonsWithEveryTypeObjectiveAndStage() throws IOException {
        List<String> slugs = seedSlugs();
        List<ResourceView> all = seeds();
        assertThat(slugs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all)
                .extracting(ResourceView::slug)
                .as("every seed file is loaded once")
                .containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(all).allSatisfy(r -> assertThat(r.seed()).as(r.slug()).isTrue());
        assertThat(all.stream().map(ResourceView::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("methode", "exemple", "donnee", "outil", "competence");
        assertThat(valuesOf("strategic-objective"))
                .containsExactlyInAnyOrder(
                        "cooperer-efficacement",
                        "trajectoires-socio-economiques",
                        "piloter-innovation-societale",
                        "co-construire-projets-territoire");
        assertThat(valuesOf("usage-stage")).containsExactlyInAnyOrder("s-informer", "se-former", "agir");
        assertThat(all).allSatisfy(r -> {
            assertThat(r.territories()).isNotEmpty();
            assertThat(r.bodyHtml()).isNotBlank();
            assertThat(r.licence()).isNotNull();
        });
    }

    @Test
    void rendersMarkdownWithoutAnythingThatRuns() {
        String html = Markdown.toSafeHtml("""
                ## Titre
                <script>alert(1)</script> [lien](javascript:alert(1)) <img src=x onerror=alert(1)>
                [bon lien](https://example.org) et **gras**

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html)
                .contains("<h2>Titre</h2>", "<strong>gras</strong>", "<table>", "href=\"https://example.org\"")
                .contains("rel=\"nofollow noopener\"")
                .doesNotContain("<script", "href=\"javascript", " onerror=", "<img");
    }

    @Test
    void showsAResourceWithItsQualifiersLicenceAndJsonLd() throws Exception {
        mvc.perform(get("/ressources/mecenat-de-competences-mode-d-emploi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Le mécénat de compétences, mode d&#39;emploi</h1>")))
                .andExpect(content().string(containsString("application/ld+json")))
                .andExpect(content().string(containsString("\"@type\":\"LearningResource\"")))
                .andExpect(content().string(containsString("rel=\"license\"")))
                .andExpect(content().string(containsString("Profil d")))
                .andExpect(content().string(containsString("href=\"/territoires/pays/FR\"")));
    }

    @Test
    void servesAResourceAsJsonAndAnswers404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/v1/resources/checklist-convention-de-partenariat"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("outil"))
                .andExpect(jsonPath("$.url").value("/ressources/checklist-convention-de-partenariat"))
                .andExpect(jsonPath("$.licence.key").isNotEmpty())
                .andExpect(jsonPath("$.qualifiers['usage-stage']").isArray());
        mvc.perform(get("/api/v1/resources/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("nothing-here")));
    }

    @Test
    void dumpsTheWholeCommonsAsJsonAndCsv() throws Exception {
        var json = mvc.perform(get("/open-data/resources.json")).andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(json))
                .andExpect(status().isOk());
        String body = json.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(body).size()).isEqualTo((int) commons.count());

        var csv = mvc.perform(get("/open-data/resources.csv")).andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")));
        String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("slug,type,title,summary");
        assertThat(text.split("\r\n(?=\")")).hasSize((int) commons.count() + 1);
    }

    @Test
    void servesTheFilesAttachedToAResource() throws Exception {
        mvc.perform(get("/ressources/modele-budget-projet-multi-acteurs"))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "href=\"/ressources/modele-budget-projet-multi-acteurs/fichiers/modele-budget-projet-multi-acteurs.csv\"")));
        mvc.perform(
                        get(
                                "/ressources/modele-budget-projet-multi-acteurs/fichiers/modele-budget-projet-multi-acteurs.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(content().string(startsWith("Poste;Description")));
        mvc.perform(get("/ressources/modele-budget-projet-multi-acteurs/fichiers/autre.csv"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ressources/modele-budget-projet-multi-acteurs/fichiers/..%2F..%2Fcatalyse.mv.db"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void refusesAttachmentsWithAnOddNameATypeOutsideTheListOrTooHeavy() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttachmentStore.check("../secret.csv", 10))
                .hasMessageContaining("Nom de fichier refusé");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttachmentStore.check("outil.exe", 10))
                .hasMessageContaining("Types acceptés : csv, docx, jpg, ods, odt, pdf, png, txt, xlsx");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AttachmentStore.check("gros.pdf", AttachmentStore.MAX_BYTES + 1))
                .hasMessageContaining("10 Mio au plus");
        assertThat(AttachmentStore.check("fiche.pdf", 2048)).isEqualTo("application/pdf");
    }

    @Test
    void quotesCsvCellsAndDefusesFormulas() {
        assertThat(org.catalyse.shared.Csv.quote("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(org.catalyse.shared.Csv.quote("=1+1")).isEqualTo("\"'=1+1\"");
    }
}
