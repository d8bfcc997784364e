package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalyse.CatalyseTest;
import org.catalyse.accounts.Role;
import org.catalyse.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Refusals say why, in the visitor's language, as a page or as JSON: a role that does not allow a page, a form whose
 * CSRF token is missing or stale. A contribution form sent after its session expired loses nothing: its page shows
 * the text again, after a new sign-in.
 */
@CatalyseTest
class RefusalsTests {

    static final String MEMBER = "refus-membre@refus.test";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts.ensure(context, MEMBER, Role.MEMBER);
    }

    /** A browser of its own: cookies kept between requests, no redirects followed. */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request as a browser sends it, asking for a page unless told otherwise. */
    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml");
    }

    private static HttpRequest.BodyPublisher form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private HttpClient signedIn(String email) throws Exception {
        HttpClient browser = browser();
        Matcher token = CSRF.matcher(send(browser, at("/connexion")).body());
        assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
        HttpResponse<String> in = send(
                browser,
                at("/connexion")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form("email", email, "password", TestAccounts.PASSWORD, "_csrf", token.group(1))));
        assertThat(in.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/compte"));
        return browser;
    }

    @Test
    void aPageTheRoleDoesNotAllowSaysSoInFrenchInEnglishAndInJson() throws Exception {
        HttpClient member = signedIn(MEMBER);
        HttpResponse<String> page = send(member, at("/moderation"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("<h1>Accès refusé</h1>")
                .contains("Vous n’avez pas le droit d’ouvrir cette page")
                .doesNotContain("mal formée");
        HttpResponse<String> english = send(member, at("/moderation").header("Accept-Language", "en"));
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("<h1>Access denied</h1>").contains("is not allowed to open this page");
        HttpResponse<String> json = send(member, at("/moderation").setHeader("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).contains("\"status\":403").contains("Vous n’avez pas le droit");
    }

    @Test
    void aFormWithAMissingOrForgedCsrfTokenIsRefusedWithAClearMessage() throws Exception {
        HttpClient visitor = browser();
        for (String token : new String[] {null, "forge"}) {
            HttpResponse<String> refused = send(
                    visitor,
                    at("/inscription")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(
                                    token == null
                                            ? form("email", "csrf@refus.test")
                                            : form("email", "csrf@refus.test", "_csrf", token)));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body())
                    .contains("<h1>Accès refusé</h1>")
                    .contains("votre session a expiré ou le formulaire a été ouvert depuis une autre page")
                    .doesNotContain("mal formée");
        }
        HttpResponse<String> english = send(
                visitor,
                at("/inscription")
                        .header("Accept-Language", "en")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form("email", "csrf@refus.test", "_csrf", "forge")));
        assertThat(english.body()).contains("The form was not accepted: your session expired");
        HttpResponse<String> json = send(
                visitor,
                at("/inscription")
                        .setHeader("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form("email", "csrf@refus.test")));
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.body()).contains("Le formulaire n’a pas été accepté");
    }

    @Test
    void aContributionSentAfterItsSessionExpiredIsShownAgainAfterSigningInWithNothingLost() throws Exception {
        String description = "Texte long écrit pendant une heure : la tournée des invendus, chaque mardi, avec"
                + " trois entreprises de Landerneau.";
        // The session expired while the person was writing: the form arrives with no session and a stale token.
        MvcResult refused = mvc.perform(post("/contribuer/cas/nouveau")
                        .header("Origin", "http://localhost")
                        .param("_csrf", "jeton-de-la-session-expiree")
                        .param("title", "Tournée des invendus à Landerneau")
                        .param("description", description)
                        .param("territories", "commune:29103")
                        .param("note", "Vu sur place.")
                        .param("action", "submit"))
                .andExpect(redirectedUrl("/contribuer/cas/nouveau?session-expiree"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        assertThat(session).as("the text is kept in a new session").isNotNull();

        // Not signed in any more: the form's page asks to sign in first, then comes back.
        mvc.perform(get("/contribuer/cas/nouveau?session-expiree").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/connexion"));
        MvcResult in = mvc.perform(post("/connexion")
                        .session(session)
                        .with(csrf())
                        .param("email", MEMBER)
                        .param("password", TestAccounts.PASSWORD))
                .andReturn();
        String back = in.getResponse().getRedirectedUrl();
        assertThat(back).contains("/contribuer/cas/nouveau?session-expiree");

        String page = mvc.perform(get(back.replace("http://localhost", "")).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre session a expiré, votre texte est conservé")))
                .andExpect(content().string(containsString("Tournée des invendus à Landerneau")))
                .andExpect(content().string(containsString("commune:29103")))
                .andExpect(content().string(containsString("Vu sur place.")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(description.replace("'", "&#39;"));
        assertThat(HtmlValidityTests.errors(page.getBytes(StandardCharsets.UTF_8)))
                .as("Nu HTML checker errors on the form shown again")
                .isEmpty();

        // Shown once: the page opened again is an empty form.
        mvc.perform(get("/contribuer/cas/nouveau").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tournée des invendus"))));
    }

    @Test
    void aFormSentFromAnotherSiteIsNeitherKeptNorShownAgain() throws Exception {
        MvcResult refused = mvc.perform(post("/contribuer/cas/nouveau")
                        .header("Origin", "https://autre-site.example")
                        .param("title", "Texte glissé par un autre site"))
                .andExpect(status().isForbidden())
                .andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        if (session != null) {
            assertThat(java.util.Collections.list(session.getAttributeNames())).noneMatch(n -> n.contains("KeptForm"));
        }
    }
}
