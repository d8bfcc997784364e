package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.catalyse.CatalyseTest;
import org.catalyse.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class AllianceImportTests {

    static final String ACTORS_HEADER =
            "slug,name,profile,siren,rna,home_commune,catalyst_functions,coverage,description\r\n";

    @Autowired
    AllianceImport imports;

    @Autowired
    Alliances alliances;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.catalyse.search.SearchEngine search;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** A moderator's write token: the import API takes tokens only. */
    private String importToken;

    /** The search is told after each commit, on its own thread: wait until it holds what was written. */
    @org.junit.jupiter.api.AfterEach
    void indexCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline
                && (indexed("actor") != alliances.actorCount() || indexed("case") != alliances.caseCount())) {
            Thread.sleep(50);
        }
        assertThat(indexed("actor")).isEqualTo(alliances.actorCount());
        assertThat(indexed("case")).isEqualTo(alliances.caseCount());
    }

    long indexed(String type) {
        return search.search(new org.catalyse.search.SearchQuery(null, type, null, null, java.util.Map.of(), 1, 1))
                .total();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTemplatesDownloadAndTheirExampleRowPassADryRun() throws Exception {
        byte[] actors = mvc.perform(get("/alliances/import/modele-acteurs.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        AllianceImport.Report report = imports.run(AllianceImport.Kind.ACTORS, actors, AllianceImport.Mode.DRY_RUN);
        assertThat(report.errors()).isEmpty();
        assertThat(report.valid()).isEqualTo(1);
        assertThat(report.written()).isZero();
        assertThat(alliances.actor("association-exemple-du-pays-de-morlaix")).isEmpty();

        byte[] cases = mvc.perform(get("/alliances/import/modele-cas.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        AllianceImport.Report caseReport = imports.run(AllianceImport.Kind.CASES, cases, AllianceImport.Mode.DRY_RUN);
        assertThat(caseReport.errors()).isEmpty();
        assertThat(caseReport.valid()).isEqualTo(1);
        mvc.perform(get("/alliances/import/modele-autre.csv")).andExpect(status().isNotFound());
    }

    @Test
    void nothingIsWrittenUnlessEveryRowIsValidOrOnlyTheValidOnesAreAskedFor() {
        long before = alliances.actorCount();
        byte[] file = utf8(ACTORS_HEADER
                + "import-test-un,Collectif test un,associations,,,29151,,,Premier\r\n"
                + "import-test-deux,Collectif test deux,associations,123456789,,29151,,,Deuxième\r\n"
                + ",,entreprises,,,,,,\r\n");

        AllianceImport.Report all = imports.run(AllianceImport.Kind.ACTORS, file, AllianceImport.Mode.ALL);
        assertThat(all.refused()).isTrue();
        assertThat(all.written()).isZero();
        assertThat(alliances.actorCount()).isEqualTo(before);
        assertThat(all.errors())
                .extracting(AllianceImport.Problem::line, AllianceImport.Problem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "siren"),
                        org.assertj.core.groups.Tuple.tuple(4, "name"));

        AllianceImport.Report valid = imports.run(AllianceImport.Kind.ACTORS, file, AllianceImport.Mode.VALID_ONLY);
        assertThat(valid.written()).isEqualTo(1);
        assertThat(alliances.actorCount()).isEqualTo(before + 1);
        assertThat(alliances.actor("import-test-un")).isPresent();

        // An import only adds: the same row again is refused, the saved actor untouched.
        AllianceImport.Report again = imports.run(
                AllianceImport.Kind.ACTORS,
                utf8(ACTORS_HEADER + "import-test-un,Autre nom,entreprises,,,,,,\r\n"),
                AllianceImport.Mode.VALID_ONLY);
        assertThat(again.written()).isZero();
        assertThat(again.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("existe déjà"));
        assertThat(alliances.actor("import-test-un").orElseThrow().name()).isEqualTo("Collectif test un");
    }

    @Test
    void aFileOfManyRowsIsWrittenAndAnnouncedToTheSearch() {
        StringBuilder file = new StringBuilder(ACTORS_HEADER);
        for (int i = 1; i <= 60; i++) {
            file.append("import-lot-")
                    .append(i)
                    .append(",Association du lot numéro ")
                    .append(i)
                    .append(",associations,,,29151,,,")
                    .append("Une association du pays de Morlaix qui accompagne les habitants dans leurs projets.\r\n");
        }
        long before = alliances.actorCount();

        // One batch of documents told to the search weighs far more than 4,000 characters.
        AllianceImport.Report report =
                imports.run(AllianceImport.Kind.ACTORS, utf8(file.toString()), AllianceImport.Mode.ALL);

        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isEqualTo(60);
        assertThat(alliances.actorCount()).isEqualTo(before + 60);
    }

    @Test
    void rowsLikeActorsAlreadySavedAreWarnedAbout() {
        imports.run(
                AllianceImport.Kind.ACTORS,
                utf8(ACTORS_HEADER
                        + "import-doublon-un,Jardins du Dossen,associations,412345670,W291234567,29151,,,\r\n"),
                AllianceImport.Mode.VALID_ONLY);

        AllianceImport.Report report = imports.run(
                AllianceImport.Kind.ACTORS,
                utf8(ACTORS_HEADER
                        + "import-doublon-deux,Les Jardins du Dossen,associations,412 345 670,W291234567,29151,,,\r\n"),
                AllianceImport.Mode.DRY_RUN);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(AllianceImport.Problem::line, AllianceImport.Problem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "siren"),
                        org.assertj.core.groups.Tuple.tuple(2, "rna"),
                        org.assertj.core.groups.Tuple.tuple(2, "name"));
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w.message()).contains("Jardins du Dossen"));
    }

    @Test
    void probableDuplicatesAreWarnedAbout() {
        AllianceImport.Report report = imports.run(
                AllianceImport.Kind.ACTORS,
                utf8("name;profile;rna;home_commune\n"
                        + "Les Amis du Port;associations;W291111111;29151\n"
                        + "Association Les Amis du Port;associations;W292222222;29151\n"
                        + "Autre;associations;W291111111;\n"),
                AllianceImport.Mode.DRY_RUN);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(AllianceImport.Problem::line, AllianceImport.Problem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "name"), org.assertj.core.groups.Tuple.tuple(4, "rna"));
    }

    @Test
    void aCaseRowIsCheckedAgainstTheActorsAndTheFrame() {
        String header =
                "slug,title,summary,partners,territories,partnership_modes,status,description,outcome_confiance\n";
        AllianceImport.Report report = imports.run(
                AllianceImport.Kind.CASES,
                utf8(header
                        + "cas-import-test,Un cas,Résumé,cress-bretagne (Animation),commune:29151,cooperation-economique,"
                        + "en-cours,\"Une description\nsur deux lignes, avec une virgule\",Plus de confiance\n"
                        + "cas-import-faux,Faux,Résumé,inconnu-du-tout,commune:99999,troc,fini,Texte,\n"),
                AllianceImport.Mode.VALID_ONLY);
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.errors())
                .extracting(AllianceImport.Problem::line, AllianceImport.Problem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(4, "partners"),
                        org.assertj.core.groups.Tuple.tuple(4, "territories"),
                        org.assertj.core.groups.Tuple.tuple(4, "partnership_modes"),
                        org.assertj.core.groups.Tuple.tuple(4, "status"));
        CaseView saved = alliances.partnershipCase("cas-import-test").orElseThrow();
        assertThat(saved.content().description()).contains("sur deux lignes, avec une virgule");
        assertThat(saved.partners()).extracting(p -> p.actor().slug()).containsExactly("cress-bretagne");
    }

    @Test
    void aSearchEntryLeftBehindByARemovedCaseIsReplacedByTheImportedOne() throws Exception {
        // A case removed outside the application leaves its search entry: the import of a case under the same slug
        // does not stumble on it (its batch is written again, replacing the entry).
        org.springframework.jdbc.core.JdbcTemplate jdbc =
                context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("insert into search_entry (id, type, entry_key, title, url) values"
                + " ('case:cas-import-orphelin', 'case', 'cas-import-orphelin', 'Ancien titre', '/alliances/x')");
        String header = "slug,title,summary,partners,territories,partnership_modes,status,description\n";

        AllianceImport.Report report = imports.run(
                AllianceImport.Kind.CASES,
                utf8(header + "cas-import-orphelin,Un cas revenu,Résumé,cress-bretagne,commune:29151,"
                        + "cooperation-economique,en-cours,Texte\n"
                        + "cas-import-voisin,Son voisin de lot,Résumé,cress-bretagne,commune:29151,"
                        + "cooperation-economique,en-cours,Texte\n"),
                AllianceImport.Mode.ALL);

        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isEqualTo(2);
        assertThat(alliances.partnershipCase("cas-import-orphelin")).isPresent();
        assertThat(alliances.partnershipCase("cas-import-voisin")).isPresent();
        assertThat(jdbc.queryForObject(
                        "select title from search_entry where id = 'case:cas-import-orphelin'", String.class))
                .isEqualTo("Un cas revenu");
        assertThat(jdbc.queryForObject(
                        "select count(*) from search_entry where id in ('case:cas-import-orphelin',"
                                + " 'case:cas-import-voisin')",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void badFilesGetAClearMessageAndNothingIsWritten() throws Exception {
        long before = alliances.actorCount();
        byte[] latin1 = (ACTORS_HEADER + "x,Café,associations,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(importer(post("/api/v1/import/actors")
                        .param("mode", "all")
                        .contentType("text/csv")
                        .content(latin1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("UTF-8")));
        mvc.perform(importer(post("/api/v1/import/actors")
                        .param("mode", "all")
                        .contentType("text/csv")
                        .content(utf8(ACTORS_HEADER + "x,\"Café,associations\r\n"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("Ligne 2")));
        mvc.perform(importer(
                        post("/api/v1/import/actors").contentType("text/csv").content(utf8("nom,profil\nA,B\n"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.errors[0].message", containsString("Colonnes obligatoires absentes : name, profile")));
        mvc.perform(importer(
                        post("/api/v1/import/people").contentType("text/csv").content(utf8(ACTORS_HEADER))))
                .andExpect(status().isBadRequest());
        byte[] huge = new byte[AllianceImport.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        mvc.perform(importer(
                        post("/api/v1/import/actors").contentType("text/csv").content(huge)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("20 Mo")));
        assertThat(alliances.actorCount()).isEqualTo(before);
        try {
            imports.run(AllianceImport.Kind.ACTORS, new byte[0], AllianceImport.Mode.ALL);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).contains("vide");
        }
    }

    @Test
    void thePageShowsTheReportAndFormulasAreNeutralisedOnExport() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "fichier",
                "acteurs.csv",
                "text/csv",
                utf8(ACTORS_HEADER
                        + "formule-test,Formule test,associations,,,,,,\"=HYPERLINK(\"\"http://x\"\")\"\r\n"));
        mvc.perform(moderator(multipart("/alliances/import")
                        .file(file)
                        .param("contenu", "acteurs")
                        .param("mode", "tout")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 fiche(s) enregistrée(s)")));
        var started = mvc.perform(get("/open-data/actors.csv")).andReturn();
        String csv = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",\"=HYPERLINK");
        mvc.perform(moderator(multipart("/alliances/import")
                        .param("contenu", "acteurs")
                        .param("mode", "tout")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un fichier")));
        var json = mvc.perform(get("/open-data/cases.json")).andReturn();
        mvc.perform(asyncDispatch(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").exists());
    }

    /** A request to the import API with a moderator's write token. */
    private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>>
            B importer(B request) {
        if (importToken == null) {
            org.catalyse.accounts.TestAccounts.ensure(
                    context, "import-moderation@exemple.fr", org.catalyse.accounts.Role.MODERATOR);
            importToken = org.catalyse.accounts.TestAccounts.token(context, "import-moderation@exemple.fr", "write");
        }
        return request.header("Authorization", "Bearer " + importToken);
    }

    /** A request from a signed-in moderator, with the form's CSRF token. */
    private static <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>>
            B moderator(B request) {
        return request.with(user("moderation@exemple.fr").roles("MEMBER", "MODERATOR"))
                .with(csrf());
    }

    @Test
    void importsNeedAModerator() throws Exception {
        mvc.perform(post("/api/v1/import/actors").contentType("text/csv").content(utf8(ACTORS_HEADER)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/import/actors")
                        .with(user("membre@exemple.fr").roles("MEMBER"))
                        .contentType("text/csv")
                        .content(utf8(ACTORS_HEADER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/alliances/import")).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/alliances/import").param("contenu", "acteurs").param("mode", "tout"))
                .andExpect(status().isForbidden());
    }
}
