package org.catalyse.accounts;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalyse.CatalyseTest;
import org.catalyse.web.HtmlValidityTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal API tokens: made and revoked by their owner at /compte/jetons, kept as hashes, shown once; a request to
 * the API with one acts as its owner, without a session; a revoked or unknown token gets 401 in JSON.
 */
@CatalyseTest
class ApiTokensTests {

    static final String MEMBER = "jetons-membre@api.test";
    static final String MODERATOR = "jetons-moderateur@api.test";
    private static final Pattern SECRET = Pattern.compile("value=\"(cat_[A-Za-z0-9_-]{43})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SecurityLog log;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts.ensure(context, MEMBER, Role.MEMBER);
        TestAccounts.ensure(context, MODERATOR, Role.MODERATOR);
    }

    private RequestPostProcessor as(String email) {
        return user(details.loadUserByUsername(email));
    }

    /** Creates a token on the page and returns the secret it shows. */
    private String create(String email, String name, String scope) throws Exception {
        MvcResult page = mvc.perform(post("/compte/jetons")
                        .with(csrf())
                        .with(as(email))
                        .param("name", name)
                        .param("scope", scope))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("il ne sera plus jamais affiché")))
                .andReturn();
        Matcher m = SECRET.matcher(page.getResponse().getContentAsString());
        assertThat(m.find()).as("secret shown on the page").isTrue();
        assertThat(HtmlValidityTests.errors(page.getResponse().getContentAsByteArray()))
                .as("Nu HTML checker errors on the page that shows a new token")
                .isEmpty();
        return m.group(1);
    }

    @Test
    void aTokenIsShownOnceKeptAsAHashAndActsAsItsOwnerWithoutASession() throws Exception {
        String secret = create(MEMBER, "Mon tableur", "read");

        assertThat(tokens.findAll())
                .as("only the hash is stored")
                .anySatisfy(t -> assertThat(t.view().prefix()).isEqualTo(secret.substring(0, 10)))
                .noneSatisfy(t -> assertThat(t.view().toString()).contains(secret));
        assertThat(tokens.findByTokenHash(Accounts.sha256(secret))).isPresent();
        // The list shows its start, never the secret again.
        mvc.perform(get("/compte/jetons").with(as(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon tableur")))
                .andExpect(content().string(containsString(secret.substring(0, 10) + "…")))
                .andExpect(content().string(not(containsString(secret))));

        MvcResult api = mvc.perform(get("/api/v1/frame").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(api.getRequest().getSession(false))
                .as("no session for a bearer request")
                .isNull();
        assertThat(api.getResponse().getHeader("Set-Cookie")).isNull();
        ApiToken stored = tokens.findByTokenHash(Accounts.sha256(secret)).orElseThrow();
        assertThat(stored.view().lastUsedAt()).as("last use noted").isNotNull();
        mvc.perform(get("/compte/jetons").with(as(MEMBER)))
                .andExpect(content().string(not(containsString("Jamais utilisé"))));
    }

    @Test
    void aTokenHasTheAuthoritiesOfItsOwnersRoleAndOfItsScope() throws Exception {
        String memberWrite = create(MEMBER, "Écriture membre", "write");
        String moderatorWrite = create(MODERATOR, "Import", "write");
        String moderatorRead = create(MODERATOR, "Lecture", "read");

        // Imports need a moderator: the member's token is refused, the moderator's write token passes.
        mvc.perform(post("/api/v1/import/actors")
                        .header("Authorization", "Bearer " + memberWrite)
                        .contentType("text/csv")
                        .content("name,profile\n"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/import/actors")
                        .header("Authorization", "Bearer " + moderatorWrite)
                        .contentType("text/csv")
                        .content("name,profile\n"))
                .andExpect(status().isOk());
        // A read token never writes, whatever its owner's role.
        mvc.perform(post("/api/v1/import/actors")
                        .header("Authorization", "Bearer " + moderatorRead)
                        .contentType("text/csv")
                        .content("name,profile\n"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(containsString("lecture")));

        // The API's writes need SCOPE_write: a signed-in session has no scope, a write token has it.
        mvc.perform(post("/api/v1/resources").with(as(MODERATOR)).contentType("application/json"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/cases/un-cas").with(as(MODERATOR)).contentType("application/json"))
                .andExpect(status().isForbidden());
        // A write token passes the rule and reaches the API, which says what the body lacks.
        mvc.perform(post("/api/v1/actors")
                        .header("Authorization", "Bearer " + memberWrite)
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("content")));
    }

    @Test
    void anImportThroughTheApiNeedsAModeratorsWriteTokenNeverTheSiteSession() throws Exception {
        String row = "slug,name,profile\r\nimport-par-jeton,Association importée par jeton,associations\r\n";
        String forged = "slug,name,profile\r\nimport-par-session,Association importée par session,associations\r\n";
        // What another site's <form enctype="text/plain"> would send with a moderator's session cookie: refused.
        mvc.perform(post("/api/v1/import/actors")
                        .param("mode", "all")
                        .with(as(MODERATOR))
                        .contentType("text/plain")
                        .content(forged))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(containsString("sans jeton CSRF")));
        // Even with the page's CSRF token, the site's session does not write through the API.
        mvc.perform(post("/api/v1/import/actors")
                        .param("mode", "all")
                        .with(csrf())
                        .with(as(MODERATOR))
                        .contentType("text/csv")
                        .content(forged))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(containsString("jeton d'écriture")));
        mvc.perform(get("/api/v1/actors/import-par-session")).andExpect(status().isNotFound());

        // A moderator's write token imports.
        String moderatorWrite = create(MODERATOR, "Import partenaire", "write");
        mvc.perform(post("/api/v1/import/actors")
                        .param("mode", "all")
                        .header("Authorization", "Bearer " + moderatorWrite)
                        .contentType("text/csv")
                        .content(row))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(1));
        mvc.perform(get("/api/v1/actors/import-par-jeton"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.name").value("Association importée par jeton"));

        // Other API requests made with a session need the CSRF token too; without a session, none is needed.
        String answers = "{\"answers\": {}}";
        mvc.perform(post("/api/v1/diagnostics/politique-partenariale/responses")
                        .with(as(MEMBER))
                        .contentType("application/json")
                        .content(answers))
                .andExpect(status().isForbidden());
        int anonymous = mvc.perform(post("/api/v1/diagnostics/politique-partenariale/responses")
                        .contentType("application/json")
                        .content(answers))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(anonymous).as("an anonymous API call needs no CSRF token").isNotEqualTo(403);
    }

    @Test
    void theSessionCookieIsNotSentWithAnotherSitesPosts() throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/connexion"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("the session cookie made for the sign-in form's CSRF token")
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndAnUnknownOneToo() throws Exception {
        String secret = create(MEMBER, "À révoquer", "read");
        mvc.perform(get("/api/v1/frame").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        long id = tokens.findByTokenHash(Accounts.sha256(secret)).orElseThrow().id();
        long rejectedBefore = log.count("TOKEN_REJECTED");

        mvc.perform(post("/compte/jetons/" + id + "/revoquer").with(csrf()).with(as(MEMBER)))
                .andExpect(redirectedUrl("/compte/jetons?revoque"));

        mvc.perform(get("/api/v1/frame").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message").value(containsString("révoqué")));
        mvc.perform(get("/api/v1/frame").header("Authorization", "Bearer cat_nimporte-quoi"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.path").value("/api/v1/frame"));
        mvc.perform(get("/api/v1/frame").header("Authorization", "Basic YTpi"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(containsString("Bearer")));
        assertThat(log.count("TOKEN_REJECTED")).isEqualTo(rejectedBefore + 2);
        assertThat(log.count("TOKEN_REVOKED")).isPositive();
        assertThat(log.count("TOKEN_CREATED")).isPositive();
        mvc.perform(get("/compte/jetons").with(as(MEMBER))).andExpect(content().string(containsString("Révoqué le")));
    }

    @Test
    void nobodyRevokesAnotherPersonsTokenAndBadFormsGetAMessage() throws Exception {
        String secret = create(MEMBER, "Le mien", "read");
        long id = tokens.findByTokenHash(Accounts.sha256(secret)).orElseThrow().id();

        mvc.perform(post("/compte/jetons/" + id + "/revoquer").with(csrf()).with(as(MODERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("n&#39;est pas le vôtre")));
        mvc.perform(get("/api/v1/frame").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());

        mvc.perform(post("/compte/jetons")
                        .with(csrf())
                        .with(as(MEMBER))
                        .param("name", " ")
                        .param("scope", "read"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Donnez un nom au jeton")));
        mvc.perform(post("/compte/jetons")
                        .with(csrf())
                        .with(as(MEMBER))
                        .param("name", "x")
                        .param("scope", "admin"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Portée inconnue")));
        mvc.perform(post("/compte/jetons").with(as(MEMBER)).param("name", "sans CSRF"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everySignedInRoleMayHaveAWriteToken() {
        for (Role role : Role.values()) {
            assertThat(PersonalTokens.mayHave(role, ApiScope.WRITE))
                    .as(role.name())
                    .isTrue();
            assertThat(PersonalTokens.mayHave(role, ApiScope.READ))
                    .as(role.name())
                    .isTrue();
        }
    }
}
