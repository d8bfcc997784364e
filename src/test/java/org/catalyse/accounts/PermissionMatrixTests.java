package org.catalyse.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.catalyse.CatalyseTest;
import org.catalyse.contributions.Contributions;
import org.catalyse.contributions.Kind;
import org.catalyse.contributions.TestContributions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application (read from Spring's mappings, so that a new route cannot be forgotten) × every
 * role, and the status each gets: open reading for all, one's account for signed-in people, imports for
 * moderators, administration for administrators. Contribution routes act on a contribution just submitted by another
 * member (members vouch, moderators decide, only its author revises); the catalyst confirms the actor record it is
 * responsible for, which other members may not.
 */
@CatalyseTest
class PermissionMatrixTests {

    /** Who asks: nobody signed in, or a signed-in person with a role. */
    enum Who {
        ANONYMOUS,
        MEMBER,
        CONTRIBUTOR,
        CATALYST,
        MODERATOR,
        ADMINISTRATOR;

        String email() {
            return name().toLowerCase() + "@matrice.test";
        }
    }

    /** The actor record the matrix's catalyst is responsible for. */
    static final String OWNED_ACTOR = "fondation-de-lille";

    /** Who writes the contributions the matrix's requests act on: none of the callers. */
    static final String AUTHOR = "auteur@matrice.test";

    /** One request per route, with what makes it valid (a known slug, an empty form…). */
    static final Map<String, String> SAMPLES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /", "/"),
            Map.entry("GET /a-propos", "/a-propos"),
            Map.entry("GET /accessibilite", "/accessibilite"),
            Map.entry("GET /acteurs", "/acteurs"),
            Map.entry("GET /acteurs/{slug}", "/acteurs/cress-bretagne"),
            Map.entry("GET /admin", "/admin"),
            Map.entry("GET /admin/courriels", "/admin/courriels"),
            Map.entry("GET /admin/index", "/admin/index"),
            Map.entry("POST /admin/index", "/admin/index"),
            Map.entry("GET /admin/journal", "/admin/journal"),
            Map.entry("GET /admin/personnes", "/admin/personnes"),
            Map.entry("POST /admin/personnes/{id}/role", "/admin/personnes/999999999/role"),
            Map.entry("GET /admin/referentiel", "/admin/referentiel"),
            Map.entry("POST /admin/referentiel/{axis}/valeurs", "/admin/referentiel/action-domain/valeurs"),
            Map.entry("POST /admin/referentiel/{axis}/valeurs/{key}", "/admin/referentiel/action-domain/valeurs/sante"),
            Map.entry("GET /admin/synonymes", "/admin/synonymes"),
            Map.entry("POST /admin/synonymes", "/admin/synonymes"),
            Map.entry("POST /admin/synonymes/{group}", "/admin/synonymes/999999999"),
            Map.entry("POST /admin/synonymes/{group}/suppression", "/admin/synonymes/999999999/suppression"),
            Map.entry("GET /alliances", "/alliances"),
            Map.entry("GET /alliances/import", "/alliances/import"),
            Map.entry("POST /alliances/import", "/alliances/import"),
            Map.entry("GET /alliances/import/modele-{kind}.csv", "/alliances/import/modele-acteurs.csv"),
            Map.entry("GET /alliances/{slug}", "/alliances/cress-bretagne-cooperations-entreprises-ess"),
            Map.entry("GET /api", "/api"),
            Map.entry("GET /api/v1/actors/{slug}", "/api/v1/actors/cress-bretagne"),
            Map.entry("GET /api/v1/cases/{slug}", "/api/v1/cases/cress-bretagne-cooperations-entreprises-ess"),
            Map.entry("GET /api/v1/catalysts", "/api/v1/catalysts?territory=commune:29151"),
            Map.entry("GET /api/v1/frame", "/api/v1/frame"),
            Map.entry("POST /api/v1/import/{kind}", "/api/v1/import/actors"),
            Map.entry("GET /api/v1/resources/{slug}", "/api/v1/resources/mecenat-de-competences-mode-d-emploi"),
            Map.entry("GET /api/v1/search", "/api/v1/search?q=m%C3%A9c%C3%A9nat"),
            Map.entry("GET /api/v1/territories", "/api/v1/territories?q=grenoble"),
            Map.entry("GET /api/v1/territories/{echelon}/{code}", "/api/v1/territories/commune/38185"),
            Map.entry(
                    "GET /api/v1/territories/{echelon}/{code}/children", "/api/v1/territories/departement/38/children"),
            Map.entry("GET /carte", "/carte"),
            Map.entry("GET /compte", "/compte"),
            Map.entry("POST /compte", "/compte"),
            Map.entry("GET /compte/jetons", "/compte/jetons"),
            Map.entry("POST /compte/jetons", "/compte/jetons"),
            Map.entry("POST /compte/jetons/{id}/revoquer", "/compte/jetons/999999999/revoquer"),
            Map.entry("GET /connexion", "/connexion"),
            Map.entry("GET /inscription", "/inscription"),
            Map.entry("POST /inscription", "/inscription"),
            Map.entry("GET /inscription/confirmer", "/inscription/confirmer?jeton=x"),
            Map.entry("POST /inscription/confirmer", "/inscription/confirmer"),
            Map.entry("GET /mot-de-passe-oublie", "/mot-de-passe-oublie"),
            Map.entry("POST /mot-de-passe-oublie", "/mot-de-passe-oublie"),
            Map.entry("GET /mot-de-passe/nouveau", "/mot-de-passe/nouveau?jeton=x"),
            Map.entry("POST /mot-de-passe/nouveau", "/mot-de-passe/nouveau"),
            Map.entry("GET /open-data/actors.csv", "/open-data/actors.csv"),
            Map.entry("GET /open-data/actors.json", "/open-data/actors.json"),
            Map.entry("GET /open-data/cases.csv", "/open-data/cases.csv"),
            Map.entry("GET /open-data/cases.json", "/open-data/cases.json"),
            Map.entry("GET /open-data/resources.csv", "/open-data/resources.csv"),
            Map.entry("GET /open-data/resources.json", "/open-data/resources.json"),
            Map.entry("GET /qui-peut-aider", "/qui-peut-aider"),
            Map.entry("GET /recherche", "/recherche?q=partenariat"),
            Map.entry("GET /referentiel", "/referentiel"),
            Map.entry("GET /ressources", "/ressources"),
            Map.entry("GET /ressources/{slug}", "/ressources/mecenat-de-competences-mode-d-emploi"),
            Map.entry(
                    "GET /ressources/{slug}/fichiers/{fileName}",
                    "/ressources/checklist-convention-de-partenariat/fichiers/x.txt"),
            Map.entry("GET /territoires", "/territoires"),
            Map.entry("GET /contribuer", "/contribuer"),
            Map.entry("GET /contribuer/{kind}/nouveau", "/contribuer/cas/nouveau"),
            Map.entry("POST /contribuer/{kind}/nouveau", "/contribuer/cas/nouveau"),
            Map.entry("GET /contribuer/{kind}/{slug}", "/contribuer/cas/cress-bretagne-cooperations-entreprises-ess"),
            Map.entry("POST /contribuer/{kind}/{slug}", "/contribuer/cas/cress-bretagne-cooperations-entreprises-ess"),
            Map.entry("GET /contributions/{id}", "/contributions/{submitted}"),
            Map.entry("GET /contributions/{id}/modifier", "/contributions/{submitted}/modifier"),
            Map.entry("POST /contributions/{id}/modifier", "/contributions/{submitted}/modifier"),
            Map.entry("POST /contributions/{id}/soumettre", "/contributions/{submitted}/soumettre"),
            Map.entry("POST /contributions/{id}/soutenir", "/contributions/{submitted}/soutenir"),
            Map.entry(
                    "POST /contributions/{id}/decision",
                    "/contributions/{submitted}/decision?decision=changes&comment=Pr%C3%A9cisez%20le%20territoire"),
            Map.entry("GET /moderation", "/moderation"),
            Map.entry("GET /moderation/journal", "/moderation/journal"),
            Map.entry("POST /moderation/responsables", "/moderation/responsables"),
            Map.entry(
                    "GET /ressources/{slug}/historique", "/ressources/mecenat-de-competences-mode-d-emploi/historique"),
            Map.entry(
                    "GET /alliances/{slug}/historique",
                    "/alliances/cress-bretagne-cooperations-entreprises-ess/historique"),
            Map.entry("GET /acteurs/{slug}/historique", "/acteurs/cress-bretagne/historique"),
            Map.entry("GET /compte/contributions", "/compte/contributions"),
            Map.entry("GET /compte/notifications", "/compte/notifications"),
            Map.entry("POST /compte/notifications/lues", "/compte/notifications/lues"),
            Map.entry("GET /compte/fiches", "/compte/fiches"),
            Map.entry("POST /compte/fiches/confirmer", "/compte/fiches/confirmer?type=acteur&slug=" + OWNED_ACTOR),
            Map.entry("POST /api/v1/resources", "/api/v1/resources"),
            Map.entry("PUT /api/v1/resources/{slug}", "/api/v1/resources/mecenat-de-competences-mode-d-emploi"),
            Map.entry("POST /api/v1/cases", "/api/v1/cases"),
            Map.entry("PUT /api/v1/cases/{slug}", "/api/v1/cases/cress-bretagne-cooperations-entreprises-ess"),
            Map.entry("POST /api/v1/actors", "/api/v1/actors"),
            Map.entry("PUT /api/v1/actors/{slug}", "/api/v1/actors/cress-bretagne"),
            Map.entry("GET /api/v1/contributions/{id}", "/api/v1/contributions/{submitted}"),
            Map.entry("GET /faire-le-point", "/faire-le-point"),
            Map.entry("GET /faire-le-point/{key}", "/faire-le-point/politique-partenariale"),
            Map.entry("POST /faire-le-point/{key}", "/faire-le-point/politique-partenariale"),
            Map.entry("GET /faire-le-point/r/{secret}", "/faire-le-point/r/inconnu"),
            Map.entry("GET /faire-le-point/r/{secret}/etape/{step}", "/faire-le-point/r/inconnu/etape/1"),
            Map.entry("POST /faire-le-point/r/{secret}/etape/{step}", "/faire-le-point/r/inconnu/etape/1"),
            Map.entry("GET /faire-le-point/r/{secret}/resultats", "/faire-le-point/r/inconnu/resultats"),
            Map.entry("GET /faire-le-point/r/{secret}/resultats.csv", "/faire-le-point/r/inconnu/resultats.csv"),
            Map.entry("GET /faire-le-point/r/{secret}/boussole", "/faire-le-point/r/inconnu/boussole"),
            Map.entry("POST /faire-le-point/r/{secret}/compte", "/faire-le-point/r/inconnu/compte"),
            Map.entry("GET /compte/diagnostics", "/compte/diagnostics"),
            Map.entry("GET /compte/diagnostics/{id}", "/compte/diagnostics/00000000-0000-0000-0000-000000000000"),
            Map.entry(
                    "GET /compte/diagnostics/{id}/resultats.csv",
                    "/compte/diagnostics/00000000-0000-0000-0000-000000000000/resultats.csv"),
            Map.entry(
                    "GET /compte/diagnostics/{id}/boussole",
                    "/compte/diagnostics/00000000-0000-0000-0000-000000000000/boussole"),
            Map.entry(
                    "GET /compte/diagnostics/comparer",
                    "/compte/diagnostics/comparer?a=00000000-0000-0000-0000-000000000000&b=00000000-0000-0000-0000-000000000000"),
            Map.entry("GET /api/v1/diagnostics", "/api/v1/diagnostics"),
            Map.entry("GET /api/v1/diagnostics/{key}", "/api/v1/diagnostics/politique-partenariale"),
            Map.entry(
                    "POST /api/v1/diagnostics/{key}/responses", "/api/v1/diagnostics/politique-partenariale/responses"),
            Map.entry("GET /api/v1/orientation", "/api/v1/orientation?territory=commune:29151"),
            Map.entry("GET /ma-boussole", "/ma-boussole?profile=associations&lieu=commune:29151"),
            Map.entry("GET /territoires/{echelon}/{code}", "/territoires/commune/38185")));

    /** The status each route gives each caller. */
    static int expected(String route, Who who) {
        boolean signedIn = who != Who.ANONYMOUS;
        boolean api = route.contains(" /api/");
        if (route.contains(" /admin")) {
            return !signedIn ? 302 : who == Who.ADMINISTRATOR ? administrator(route) : 403;
        }
        if (route.contains("/import") && !route.contains("modele-")) {
            if (!signedIn) {
                return api ? 401 : 302;
            }
            if (api) {
                return 403; // the import API takes a moderator's write token, never the site's session
            }
            // A moderator who sends the import form without a file is told to choose one (400).
            return who.compareTo(Who.MODERATOR) < 0 ? 403 : route.equals("POST /alliances/import") ? 400 : 200;
        }
        if (route.contains(" /moderation") && !route.equals("GET /moderation/journal")) {
            // Moderators only; naming no record kind gets 404.
            return !signedIn ? 302 : who.compareTo(Who.MODERATOR) < 0 ? 403 : route.startsWith("POST") ? 404 : 200;
        }
        if (route.contains(" /faire-le-point/r/")) {
            // Nobody holds the sample's private link (404); keeping it in an account asks to sign in first.
            return route.endsWith("/compte") && !signedIn ? 302 : 404;
        }
        if (route.equals("POST /api/v1/diagnostics/{key}/responses")) {
            return 415; // sent without a JSON body
        }
        if (route.equals("POST /faire-le-point/{key}")) {
            return 400; // sent empty: no profile, no answers
        }
        if (route.startsWith("GET /compte/diagnostics/")) {
            return signedIn ? 404 : 302; // nobody has the sample's response
        }
        if (route.contains(" /contributions/")) {
            // Each request gets a contribution just submitted by another member.
            if (!signedIn) {
                // Writing needs a signed-in person; a submitted contribution is not public until published.
                return route.startsWith("POST") || route.contains("/modifier") ? 302 : 404;
            }
            return switch (route) {
                case "GET /contributions/{id}" -> 200; // every signed-in person reads submitted contributions
                case "POST /contributions/{id}/soutenir" -> 302; // any member but its author vouches, once
                case "POST /contributions/{id}/decision" -> who.compareTo(Who.MODERATOR) < 0 ? 403 : 302;
                default -> 403; // revising and submitting are its author's
            };
        }
        if (route.contains(" /contribuer")) {
            // The forms; sent empty, the proposal is kept as a draft and its problems shown.
            return signedIn ? 200 : 302;
        }
        if (api
                && (route.startsWith("POST /api/v1/resources")
                        || route.startsWith("POST /api/v1/cases")
                        || route.startsWith("POST /api/v1/actors")
                        || route.startsWith("PUT "))) {
            // Writes need a write token; a session is not one.
            return signedIn ? 403 : 401;
        }
        if (route.equals("GET /api/v1/contributions/{id}")) {
            // Its author and moderators follow it.
            return !signedIn ? 401 : who.compareTo(Who.MODERATOR) < 0 ? 403 : 200;
        }
        if (route.equals("POST /compte/fiches/confirmer")) {
            // The catalyst responsible for the actor record confirms it, and moderators; other members may not.
            return !signedIn ? 302 : who == Who.CATALYST || who.compareTo(Who.MODERATOR) >= 0 ? 302 : 403;
        }
        if ((route.startsWith("GET /compte/") || route.startsWith("POST /compte/")) && !route.contains("/jetons")) {
            if (!signedIn) {
                return 302;
            }
            return route.equals("POST /compte/notifications/lues") ? 302 : route.startsWith("POST") ? 404 : 200;
        }
        if (route.endsWith(" /compte")) {
            return signedIn ? (route.startsWith("POST") ? 302 : 200) : 302;
        }
        if (route.contains(" /compte/")) {
            if (!signedIn) {
                return 302;
            }
            // A token without a name is refused (400); nobody has token 999999999 (404).
            return route.equals("POST /compte/jetons") ? 400 : route.startsWith("POST /compte/jetons/") ? 404 : 200;
        }
        if (route.equals("GET /ressources/{slug}/fichiers/{fileName}")) {
            return 404;
        }
        if (route.equals("GET /acteurs") || route.equals("GET /alliances")) {
            return 302; // lists of actors and cases are searches
        }
        return 200;
    }

    /** What an administrator gets from the administration's routes with the matrix's samples. */
    static int administrator(String route) {
        if (route.equals("POST /admin/index")) {
            return 302; // the rebuild starts in the background
        }
        if (route.startsWith("POST /admin/referentiel/")) {
            return 400; // no key, no action: the form is refused with its reason
        }
        if (route.equals("POST /admin/synonymes")) {
            return 400; // an empty group is refused with its reason
        }
        if (route.startsWith("POST /admin/synonymes/")) {
            return 404; // nobody made group 999999999
        }
        return 200;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService details;

    @Autowired
    Contributions contributions;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                TestAccounts.ensure(context, who.email(), Role.valueOf(who.name()));
            }
        }
        TestAccounts.ensure(context, AUTHOR, Role.MEMBER);
        Accounts accounts = context.getBean(Accounts.class);
        context.getBean(Contributions.class)
                .addOwner(
                        Kind.ACTOR,
                        OWNED_ACTOR,
                        Who.CATALYST.email(),
                        accounts.byEmail(Who.MODERATOR.email()).orElseThrow());
    }

    /** A case proposal just sent for review by another member. */
    private long submitted() {
        var saved = TestContributions.submitCase(
                contributions,
                "Cas soumis pour la matrice des droits",
                accounts.byEmail(AUTHOR).orElseThrow(),
                false);
        assertThat(saved.submitted()).as("the sample contribution is submitted").isTrue();
        return saved.contribution().id();
    }

    /** The application's own routes, as "METHOD pattern". */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.catalyse")
                    || e.getValue().getBeanType().getName().startsWith("org.catalyse.web.FailingPages")) {
                continue; // the framework's routes, and pages that exist only to test error handling
            }
            RequestMappingInfo info = e.getKey();
            for (String pattern : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(m -> routes.add(m.name() + " " + pattern));
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasASampleAndNoSampleIsStale() {
        List<String> routes = routes();
        assertThat(new TreeSet<>(routes))
                .as("routes without a sample in the matrix")
                .isSubsetOf(SAMPLES.keySet());
        assertThat(SAMPLES.keySet())
                .as("samples of routes that no longer exist")
                .isSubsetOf(new TreeSet<>(routes));
    }

    @Test
    void everyRoleGetsTheExpectedStatusOnEveryRoute() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String route : new TreeSet<>(routes())) {
            for (Who who : Who.values()) {
                int status = mvc.perform(request(route, who))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                int expected = expected(route, who);
                if (status != expected) {
                    wrong.add(route + " as " + who + ": " + status + " (expected " + expected + ")");
                }
            }
        }
        assertThat(wrong).as("unexpected statuses").isEmpty();
        waitForTheIndexRebuild();
    }

    /** The matrix started a rebuild of the index: other tests need it whole. */
    private void waitForTheIndexRebuild() throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (mvc.perform(get("/admin/index").with(user(details.loadUserByUsername(Who.ADMINISTRATOR.email()))))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .contains("http-equiv=\"refresh\"")) {
            assertThat(System.currentTimeMillis())
                    .as("index rebuild still running")
                    .isLessThan(until);
            Thread.sleep(100);
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> request(String route, Who who) {
        String url = SAMPLES.get(route);
        if (url.contains("{submitted}")) {
            url = url.replace("{submitted}", String.valueOf(submitted()));
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        if (route.startsWith("GET ")) {
            request = get(url);
        } else if (route.equals("POST /alliances/import")) {
            request = multipart(url).param("contenu", "acteurs").param("mode", "verifier");
        } else if (route.startsWith("PUT /api/")) {
            request = put(url).contentType("application/json").content("{\"content\": {}}");
        } else if (route.startsWith("POST /api/v1/resources")
                || route.startsWith("POST /api/v1/cases")
                || route.startsWith("POST /api/v1/actors")) {
            request = post(url).contentType("application/json").content("{\"content\": {}}");
        } else if (route.startsWith("POST /api/")) {
            request = post(url).contentType("text/csv").content("name,profile\n");
        } else {
            request = post(url).param("role", "MEMBER").param("displayName", "Nom");
        }
        if (!route.startsWith("GET ")) {
            request = request.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            request = request.with(user(details.loadUserByUsername(who.email())));
        }
        return request;
    }
}
