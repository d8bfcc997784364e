package org.catalyse.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.catalyse.CatalyseTest;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.accounts.Role;
import org.catalyse.accounts.TestAccounts;
import org.catalyse.alliances.Alliances;
import org.catalyse.commons.Commons;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.SearchQuery;
import org.catalyse.shared.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Contributions end to end through the pages and the API: proposing, asking for changes, revising, approving,
 * the record published and found, its history, notices by mail and in the account, vouches, owners, and every
 * refusal (another's proposal, a moderator's action, a decision taken twice, two people saving at once).
 */
@CatalyseTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "catalyse.accounts.administrators=chef@catalyse.test"
        })
class ContributionsTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    static final String MEMBER = "lea@contrib.test";
    static final String OTHER = "yann@contrib.test";
    static final String THIRD = "nolwenn@contrib.test";
    static final String FOURTH = "goulven@contrib.test";
    static final String MODERATOR = "moderatrice@contrib.test";
    static final String CATALYST = "catalyseur@contrib.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Contributions contributions;

    @Autowired
    Accounts accounts;

    @Autowired
    Alliances alliances;

    @Autowired
    Commons commons;

    @Autowired
    SearchEngine search;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        TestAccounts.ensure(context, MEMBER, Role.MEMBER);
        TestAccounts.ensure(context, OTHER, Role.MEMBER);
        TestAccounts.ensure(context, THIRD, Role.MEMBER);
        TestAccounts.ensure(context, FOURTH, Role.MEMBER);
        TestAccounts.ensure(context, MODERATOR, Role.MODERATOR);
        TestAccounts.ensure(context, CATALYST, Role.CATALYST);
    }

    AccountView account(String email) {
        return accounts.byEmail(email).orElseThrow();
    }

    static RequestPostProcessor as(String email, Role role) {
        return user(email)
                .roles(Arrays.stream(Role.values())
                        .filter(r -> r.ordinal() <= role.ordinal())
                        .map(Role::name)
                        .toArray(String[]::new));
    }

    static MockHttpServletRequestBuilder caseForm(String path, String title, String description) {
        return post(path)
                .with(csrf())
                .param("title", title)
                .param(
                        "summary",
                        "Une épicerie solidaire et des entreprises du pays de Morlaix partagent la logistique.")
                .param("partners", "cress-bretagne ; animatrice du réseau")
                .param("territories", "commune:29151")
                .param("action_domains", "alimentation-agriculture")
                .param("partnership_modes", "cooperation-economique")
                .param("status", "en-cours")
                .param("start_year", "2024")
                .param("description", description)
                .param("outcome_confiance", "Les partenaires se parlent chaque mois.")
                .param("contribution_licence", "CC-BY-4.0")
                .param("note", "Cas vu sur place.");
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").startsWith("/contributions/");
        return Long.parseLong(location.replaceAll("^/contributions/(\\d+).*$", "$1"));
    }

    List<String> mailSubjectsTo(String email) throws Exception {
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(email);
        return Arrays.stream(mails)
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }

    @Test
    void aNewCaseIsProposedRevisedOnRequestApprovedPublishedFoundAndItsHistoryKeepsBothRevisions() throws Exception {
        // The member proposes a new case and sends it for review.
        long id = idOf(
                mvc.perform(caseForm("/contribuer/cas/nouveau", "Logistique partagée à Morlaix", "Première version.")
                                .param("action", "submit")
                                .with(as(MEMBER, Role.MEMBER)))
                        .andReturn());
        assertThat(contributions.get(id, account(MEMBER)).status()).isEqualTo(Status.SUBMITTED);
        assertThat(mailSubjectsTo(MEMBER)).anyMatch(s -> s.startsWith("Contribution envoyée"));

        // It is in the moderators' queue, not visible to visitors.
        mvc.perform(get("/moderation").with(as(MODERATOR, Role.MODERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Logistique partagée à Morlaix")));
        mvc.perform(get("/contributions/" + id)).andExpect(status().isNotFound());

        // A member cannot decide: 403. The moderator asks for a change, with a comment.
        mvc.perform(post("/contributions/" + id + "/decision")
                        .with(csrf())
                        .with(as(OTHER, Role.MEMBER))
                        .param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/contributions/" + id + "/decision")
                        .with(csrf())
                        .with(as(MODERATOR, Role.MODERATOR))
                        .param("decision", "changes")
                        .param("comment", "Précisez le nombre d’entreprises."))
                .andExpect(status().is3xxRedirection());
        assertThat(mailSubjectsTo(MEMBER)).anyMatch(s -> s.startsWith("Changements demandés"));
        assertThat(contributions.notices(account(MEMBER)))
                .anyMatch(n -> n.subject().startsWith("Changements demandés")
                        && n.body().contains("Précisez le nombre d’entreprises."));

        // The member revises from the version it read, and sends it again.
        long version = contributions.get(id, account(MEMBER)).version();
        mvc.perform(caseForm(
                                "/contributions/" + id + "/modifier",
                                "Logistique partagée à Morlaix",
                                "Seconde version : douze entreprises partagent deux camions.")
                        .param("version", Long.toString(version))
                        .param("action", "submit")
                        .with(as(MEMBER, Role.MEMBER)))
                .andExpect(status().is3xxRedirection());
        Contributions.View revised = contributions.get(id, account(MEMBER));
        assertThat(revised.status()).isEqualTo(Status.SUBMITTED);
        assertThat(revised.revision()).isEqualTo(2);

        // Approved: the case is published under its slug, with the text of the second revision.
        mvc.perform(post("/contributions/" + id + "/decision")
                        .with(csrf())
                        .with(as(MODERATOR, Role.MODERATOR))
                        .param("decision", "approve"))
                .andExpect(status().is3xxRedirection());
        String slug = contributions.get(id, account(MEMBER)).slug();
        assertThat(slug).isEqualTo("logistique-partagee-a-morlaix");
        assertThat(alliances.partnershipCase(slug).orElseThrow().content().description())
                .isEqualTo("Seconde version : douze entreprises partagent deux camions.");
        assertThat(mailSubjectsTo(MEMBER)).anyMatch(s -> s.startsWith("Contribution publiée"));

        // Approving again is refused with its reason, and nothing changes.
        mvc.perform(post("/contributions/" + id + "/decision")
                        .with(csrf())
                        .with(as(MODERATOR, Role.MODERATOR))
                        .param("decision", "approve"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Impossible d’approuver cette contribution : elle est" + " approuvée et publiée.")));

        // Found by the search.
        await(() ->
                search.search(new SearchQuery("camions Morlaix", null, null, null, Map.of(), 1, 10)).items().stream()
                        .anyMatch(h -> h.url().endsWith("/alliances/" + slug)));

        // Its history: version 1 from the contribution, proposed in two revisions, the second's words marked.
        mvc.perform(get("/alliances/" + slug + "/historique"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 1")))
                .andExpect(content().string(containsString("Proposée en 2 révisions")))
                .andExpect(content().string(containsString("De la révision 1 à la révision 2")))
                .andExpect(content().string(containsString("douze")))
                .andExpect(content().string(containsString("<ins>")))
                .andExpect(content().string(containsString("<del>")));

        // The public log tells what and why, by which role, never who.
        mvc.perform(get("/moderation/journal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Précisez le nombre d’entreprises.")))
                .andExpect(content().string(containsString("Logistique partagée à Morlaix")))
                .andExpect(content().string(not(containsString(MODERATOR))))
                .andExpect(content().string(not(containsString(MEMBER))));

        // The author became responsible for the new record.
        assertThat(contributions.ownedBy(account(MEMBER)))
                .anyMatch(r -> r.slug().equals(slug));
    }

    @Test
    void anEditOfASeedResourceKeepsTheFirstVersionAndShowsAWordDiff() throws Exception {
        String slug = "mecenat-de-competences-mode-d-emploi";
        String before = commons.draft(slug).orElseThrow().summary();
        MvcResult form = mvc.perform(get("/contribuer/ressource/" + slug).with(as(OTHER, Role.MEMBER)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form.getResponse().getContentAsString()).contains(before.substring(0, 20));

        var draft = commons.draft(slug).orElseThrow();
        var values = new java.util.LinkedHashMap<>(
                contributions.kind(Kind.RESOURCE).values(draft).asMap());
        values.put("summary", List.of(before + " Mis à jour en décembre."));
        MockHttpServletRequestBuilder request = post("/contribuer/ressource/" + slug)
                .with(csrf())
                .with(as(OTHER, Role.MEMBER))
                .param("action", "submit");
        for (var e : values.entrySet()) {
            request.param(e.getKey(), e.getValue().toArray(String[]::new));
        }
        long id = idOf(mvc.perform(request).andReturn());
        contributions.approve(id, "Merci", false, account(MODERATOR));

        assertThat(commons.draft(slug).orElseThrow().summary()).endsWith("Mis à jour en décembre.");
        List<Contributions.VersionView> history = contributions.history(Kind.RESOURCE, slug, java.util.Locale.FRENCH);
        assertThat(history).extracting(Contributions.VersionView::number).containsExactly(2, 1);
        assertThat(history.get(1).origin()).isEqualTo("INITIAL");
        assertThat(history.get(0).changes()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("summary");
            assertThat(d.words())
                    .filteredOn(WordDiff.Segment::added)
                    .extracting(WordDiff.Segment::text)
                    .containsExactly("Mis à jour en décembre.");
        });
        mvc.perform(get("/ressources/" + slug + "/historique"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 2")))
                .andExpect(content().string(containsString("Version de départ")));
    }

    @Test
    void twoSavesFromTheSameVersionTheSecondIsRefusedAndItsTextKept() throws Exception {
        long id = idOf(mvc.perform(caseForm("/contribuer/cas/nouveau", "Jardin partagé de Plourin", "Texte A.")
                        .param("action", "draft")
                        .with(as(MEMBER, Role.MEMBER)))
                .andReturn());
        long version = contributions.get(id, account(MEMBER)).version();
        mvc.perform(caseForm("/contributions/" + id + "/modifier", "Jardin partagé de Plourin", "Texte B, onglet un.")
                        .param("version", Long.toString(version))
                        .param("action", "draft")
                        .with(as(MEMBER, Role.MEMBER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(caseForm("/contributions/" + id + "/modifier", "Jardin partagé de Plourin", "Texte C, onglet deux.")
                        .param("version", Long.toString(version))
                        .param("action", "draft")
                        .with(as(MEMBER, Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enregistrée ailleurs")))
                .andExpect(content().string(containsString("Texte C, onglet deux.")))
                .andExpect(content().string(containsString("Texte B, onglet un.")));
        assertThat(contributions.form(contributions.get(id, account(MEMBER))).text("description"))
                .isEqualTo("Texte B, onglet un.");
        // Someone else cannot edit it at all.
        mvc.perform(caseForm("/contributions/" + id + "/modifier", "Jardin", "Texte D.")
                        .param("version", Long.toString(version + 1))
                        .with(as(OTHER, Role.MEMBER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidProposalIsKeptAsADraftWithItsProblemsNamed() throws Exception {
        MvcResult result = mvc.perform(post("/contribuer/cas/nouveau")
                        .with(csrf())
                        .with(as(MEMBER, Role.MEMBER))
                        .param("title", "Cas sans partenaire")
                        .param("partners", "acteur-qui-n-existe-pas ; rôle")
                        .param("territories", "commune:99999")
                        .param("start_year", "deux mille")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partenaire inconnu")))
                .andExpect(content().string(containsString("commune:99999")))
                .andExpect(content().string(containsString("n’est pas un nombre entier")))
                .andExpect(content().string(containsString("enregistré comme brouillon")))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("Cas sans partenaire");
        assertThat(contributions.mine(account(MEMBER)))
                .anyMatch(c -> c.title().equals("Cas sans partenaire") && c.status() == Status.DRAFT);
    }

    @Test
    void vouchesOneEachNotByTheAuthorAndEnoughMarkItForFastReview() throws Exception {
        var saved = TestContributions.submitCase(
                contributions,
                TestContributions.caseForm(
                        "Repair café de Landivisiau",
                        "Réparer ensemble.",
                        "cress-bretagne ; soutien",
                        "Un samedi par mois."),
                account(MEMBER),
                false);
        long id = saved.contribution().id();
        assertThat(saved.submitted()).isTrue();
        mvc.perform(post("/contributions/" + id + "/soutenir").with(csrf()).with(as(MEMBER, Role.MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/contributions/" + id + "/soutenir").with(csrf()).with(as(OTHER, Role.MEMBER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contributions/" + id + "/soutenir").with(csrf()).with(as(OTHER, Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("déjà soutenu")));
        assertThat(contributions.get(id, account(MEMBER)).fastReview()).isFalse();
        contributions.vouch(id, account(THIRD));
        contributions.vouch(id, account(FOURTH));
        Contributions.View view = contributions.get(id, account(MEMBER));
        assertThat(view.vouches()).isEqualTo(3);
        assertThat(view.fastReview()).isTrue();
        assertThat(contributions.queue(
                        new Contributions.QueueFilter(null, Kind.CASE, true, null, "landivisiau"), account(MODERATOR)))
                .extracting(Contributions.View::id)
                .containsExactly(id);
        // The moderator still decides; a member cannot open the queue.
        mvc.perform(get("/moderation").with(as(OTHER, Role.MEMBER))).andExpect(status().isForbidden());
    }

    @Test
    void aCatalystPublishesItsOwnActorRecordAtOnceAndConfirmsItIsStillTrue() throws Exception {
        String slug = "cress-bretagne";
        contributions.addOwner(Kind.ACTOR, slug, CATALYST, account(MODERATOR));
        Map<String, List<String>> form =
                contributions.currentForm(Kind.ACTOR, slug).asMap();
        var changed = new java.util.LinkedHashMap<>(form);
        changed.put("contact", List.of("accueil@cress-bretagne.example"));
        var saved = contributions.propose(Kind.ACTOR, slug, changed, null, null, null, true, account(CATALYST), false);
        assertThat(saved.contribution().status()).isEqualTo(Status.APPROVED);
        assertThat(alliances.actor(slug).orElseThrow().content().contact()).isEqualTo("accueil@cress-bretagne.example");

        // Another member's edit of the same record goes through review.
        var other = contributions.propose(Kind.ACTOR, slug, changed, null, null, null, true, account(MEMBER), false);
        assertThat(other.contribution().status()).isEqualTo(Status.SUBMITTED);

        mvc.perform(get("/compte/fiches").with(as(CATALYST, Role.CATALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CRESS")));
        mvc.perform(post("/compte/fiches/confirmer")
                        .with(csrf())
                        .with(as(CATALYST, Role.CATALYST))
                        .param("type", "acteur")
                        .param("slug", slug))
                .andExpect(status().is3xxRedirection());
        assertThat(alliances.actor(slug).orElseThrow().verified())
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        assertThat(contributions.ownedBy(account(CATALYST)))
                .filteredOn(r -> r.slug().equals(slug))
                .singleElement()
                .satisfies(r -> assertThat(r.stale()).isFalse());
        // Someone not responsible for it cannot.
        mvc.perform(post("/compte/fiches/confirmer")
                        .with(csrf())
                        .with(as(OTHER, Role.MEMBER))
                        .param("type", "acteur")
                        .param("slug", slug))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsNotConfirmedForTwelveMonthsOrNeverAreListedFirstToTheirOwnerAndMarkedOnTheirPage() throws Exception {
        String stale = "fondation-rte";
        String never = "maceo";
        String fresh = "ronalpia";
        for (String slug : List.of(stale, never, fresh)) {
            contributions.addOwner(Kind.ACTOR, slug, CATALYST, account(MODERATOR));
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        jdbc.update("update actor set verified_on = ? where slug = ?", today.minusMonths(13), stale);
        jdbc.update("update actor set verified_on = null where slug = ?", never);
        jdbc.update("update actor set verified_on = ? where slug = ?", today.minusMonths(11), fresh);

        assertThat(contributions.ownedBy(account(CATALYST)))
                .filteredOn(r -> List.of(stale, never, fresh).contains(r.slug()))
                .extracting(Contributions.OwnedRecord::slug, Contributions.OwnedRecord::stale)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(stale, true),
                        org.assertj.core.groups.Tuple.tuple(never, true),
                        org.assertj.core.groups.Tuple.tuple(fresh, false));

        // The owner's dashboard: the two to check first, each marked, and the fresh one without a mark.
        String dashboard = mvc.perform(get("/compte/fiches").with(as(CATALYST, Role.CATALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.function.Function<String, String> row = name -> {
            int start = dashboard.indexOf(">" + name + "</a>");
            assertThat(start).as("%s listed", name).isPositive();
            return dashboard.substring(start, dashboard.indexOf("</tr>", start));
        };
        assertThat(row.apply("Fondation RTE"))
                .contains(today.minusMonths(13)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH)))
                .contains("à vérifier");
        assertThat(row.apply("Macéo")).contains("jamais").contains("à vérifier");
        assertThat(row.apply("Ronalpia")).doesNotContain("à vérifier");
        assertThat(dashboard.indexOf(">Macéo</a>"))
                .as("records to check come before the others")
                .isLessThan(dashboard.indexOf(">Ronalpia</a>"));
        assertThat(dashboard.indexOf(">Fondation RTE</a>")).isLessThan(dashboard.indexOf(">Ronalpia</a>"));

        // Their public pages say so, to everyone.
        mvc.perform(get("/acteurs/" + stale))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("À vérifier : pas confirmée depuis plus de 12 mois")));
        mvc.perform(get("/acteurs/" + never))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("À vérifier : jamais confirmée par une personne responsable")));
        mvc.perform(get("/acteurs/" + fresh))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("À vérifier"))));

        // Once confirmed, the mark goes.
        mvc.perform(post("/compte/fiches/confirmer")
                        .with(csrf())
                        .with(as(CATALYST, Role.CATALYST))
                        .param("type", "acteur")
                        .param("slug", stale))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/acteurs/" + stale)).andExpect(content().string(not(containsString("À vérifier"))));
    }

    @Test
    void aModeratorDoesNotDecideOnTheirOwnContribution() {
        var saved = TestContributions.submitCase(
                contributions, "Cas proposé par une modératrice", account(MODERATOR), false);
        long id = saved.contribution().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> contributions.approve(id, null, false, account(MODERATOR)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("propre contribution");
    }

    static final String CASE_JSON = """
            {"content": {"title": "Mécénat de compétences à Brest", "summary": "Des salariés aident une association.",
              "partners": [{"actor": "cress-bretagne", "role": "relais"}], "territories": ["commune:29019"],
              "qualifiers": {"partnership-mode": ["mecenat"], "mecenat-type": ["competences"]},
              "status": "en-cours", "description": "Deux jours par an et par salarié."},
             "note": "Venu de notre plateforme partenaire.", "licence": "CC-BY-4.0"}
            """;

    /** A real write token of this account, sent as a partner platform sends it. */
    RequestPostProcessor token(String email) {
        String secret = TestAccounts.token(context, email, "write");
        return request -> {
            request.addHeader("Authorization", "Bearer " + secret);
            return request;
        };
    }

    static String field(MvcResult result, String name) throws Exception {
        return RecordKind.JSON
                .readTree(result.getResponse().getContentAsString())
                .get(name)
                .asString();
    }

    static final String RESOURCE_JSON = """
            {"content": {"type": "methode", "title": "Animer un comité de partenaires par l'API",
              "summary": "Une méthode en trois réunions pour faire vivre un comité de partenaires.",
              "bodyMarkdown": "## Étapes\\n\\n- Réunir\\n- Décider\\n- Évaluer", "language": "fr",
              "licence": "CC-BY-4.0", "attribution": "Plateforme partenaire"},
             "note": "Venue de notre plateforme partenaire."}
            """;

    @Test
    void theApiWithAWriteTokenCreatesAContributionNeverAPublication() throws Exception {
        RequestPostProcessor writer = token(MEMBER);
        MvcResult result = mvc.perform(post("/api/v1/cases")
                        .with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CASE_JSON))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/contributions/")))
                .andExpect(jsonPath("$.status").value("submitted"))
                .andExpect(jsonPath("$.new").value(true))
                .andReturn();
        String slug = field(result, "slug");
        assertThat(alliances.partnershipCase(slug))
                .as("not published before review")
                .isEmpty();
        long id = Long.parseLong(field(result, "id"));
        assertThat(contributions.get(id, account(MEMBER)).channel()).isEqualTo("api");
        mvc.perform(get("/api/v1/contributions/" + id).with(writer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("submitted"));

        // A new resource, too: it waits in the moderators' queue and is not published.
        MvcResult resource = mvc.perform(post("/api/v1/resources")
                        .with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RESOURCE_JSON))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/contributions/")))
                .andExpect(jsonPath("$.status").value("submitted"))
                .andReturn();
        String resourceSlug = field(resource, "slug");
        assertThat(commons.find(resourceSlug)).as("resource not published").isEmpty();
        mvc.perform(get("/api/v1/resources/" + resourceSlug)).andExpect(status().isNotFound());
        assertThat(contributions.queue(
                        new Contributions.QueueFilter(Status.SUBMITTED, Kind.RESOURCE, false, "api", null),
                        account(MODERATOR)))
                .extracting(Contributions.View::slug)
                .contains(resourceSlug);
    }

    @Test
    void anOwnersEditThroughTheApiWaitsForReviewLikeAnyOther() throws Exception {
        String slug = "reseau-envie";
        contributions.addOwner(Kind.ACTOR, slug, CATALYST, account(MODERATOR));
        assertThat(contributions.owns(account(CATALYST), Kind.ACTOR, slug)).isTrue();
        String before = alliances.actor(slug).orElseThrow().content().contact();
        MvcResult result = mvc.perform(put("/api/v1/actors/" + slug)
                        .with(token(CATALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": {\"name\": \"Réseau Envie\", \"profile\": \"associations\","
                                + " \"contact\": \"api@envie.example\"}}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/contributions/")))
                .andExpect(jsonPath("$.status").value("submitted"))
                .andExpect(jsonPath("$.new").value(false))
                .andReturn();
        assertThat(alliances.actor(slug).orElseThrow().content().contact())
                .as("the record is unchanged until a moderator approves")
                .isEqualTo(before)
                .isNotEqualTo("api@envie.example");
        long id = Long.parseLong(field(result, "id"));
        assertThat(contributions.get(id, account(CATALYST)).status()).isEqualTo(Status.SUBMITTED);

        // A moderator approves it: then it is published.
        contributions.approve(id, null, false, account(MODERATOR));
        assertThat(alliances.actor(slug).orElseThrow().content().contact()).isEqualTo("api@envie.example");
    }

    @Test
    void theApiRefusesWithoutTokenReadOnlyTokensAndBadBodies() throws Exception {
        mvc.perform(post("/api/v1/cases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CASE_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        String readSecret = TestAccounts.token(context, MEMBER, "read");
        RequestPostProcessor reader = request -> {
            request.addHeader("Authorization", "Bearer " + readSecret);
            return request;
        };
        mvc.perform(post("/api/v1/cases")
                        .with(reader)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CASE_JSON))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        RequestPostProcessor writer = token(MEMBER);
        mvc.perform(post("/api/v1/cases")
                        .with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("JSON invalide")));
        mvc.perform(post("/api/v1/cases")
                        .with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": {\"titre\": \"x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("« titre » inconnu")));
        mvc.perform(post("/api/v1/cases")
                        .with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": {\"title\": \"Sans rien\", \"status\": \"en-cours\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").exists())
                .andExpect(jsonPath(
                        "$.problems[*].message",
                        org.hamcrest.Matchers.hasItem(containsString("au moins un partenaire"))));
        mvc.perform(put("/api/v1/cases/cas-qui-n-existe-pas")
                        .with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CASE_JSON))
                .andExpect(status().isNotFound());
    }

    @Test
    void noticesAreListedInTheAccountAndMarkedRead() throws Exception {
        mvc.perform(get("/compte/notifications").with(as(MEMBER, Role.MEMBER))).andExpect(status().isOk());
        mvc.perform(post("/compte/notifications/lues").with(csrf()).with(as(MEMBER, Role.MEMBER)))
                .andExpect(status().is3xxRedirection());
        assertThat(contributions.unread(account(MEMBER))).isZero();
    }
}
