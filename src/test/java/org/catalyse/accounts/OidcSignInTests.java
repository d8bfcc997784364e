package org.catalyse.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.catalyse.CatalyseTest;
import org.catalyse.web.Browser;
import org.catalyse.web.HtmlValidityTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through OpenID Connect against a real provider started in the test (mock-oauth2-server): the
 * authorization-code flow is followed redirect by redirect, as a browser would, and ends signed in.
 */
@CatalyseTest
class OidcSignInTests {

    static final MockOAuth2Server PROVIDER = started();

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.proconnect.";
        registry.add(registration + "client-id", () -> "catalyse");
        registry.add(registration + "client-secret", () -> "secret-de-test");
        registry.add(registration + "client-name", () -> "ProConnect");
        registry.add(registration + "scope", () -> "openid");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(
                "spring.security.oauth2.client.provider.proconnect.issuer-uri",
                () -> PROVIDER.issuerUrl("proconnect").toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountStore store;

    @Autowired
    ApplicationContext context;

    /** The provider's next sign-in: this person, with this address, verified or not. */
    private static void nextPerson(String subject, String email, boolean verified) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "proconnect",
                subject,
                "JWT",
                List.of("catalyse"),
                Map.of("email", email, "email_verified", verified, "given_name", "Dominique", "usual_name", "Agent"),
                3600));
    }

    /** A browser: keeps cookies, follows nothing by itself. */
    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "fr")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Clicks the provider's button on the sign-in page and follows every redirect; the last answer's address. */
    private String signInThroughTheProvider(HttpClient browser) throws Exception {
        HttpResponse<String> page = get(browser, url("/connexion"));
        assertThat(page.body()).contains("Se connecter avec ProConnect").contains("/oauth2/authorization/proconnect");
        assertThat(HtmlValidityTests.errors(page.body().getBytes(StandardCharsets.UTF_8)))
                .as("Nu HTML checker errors on the sign-in page with its provider")
                .isEmpty();
        String next = url("/oauth2/authorization/proconnect");
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = get(browser, next);
            if (response.statusCode() != 302) {
                return next;
            }
            next = URI.create(next)
                    .resolve(response.headers().firstValue("Location").orElseThrow())
                    .toString();
            if (next.startsWith(url("/compte")) || next.startsWith(url("/connexion"))) {
                return next;
            }
        }
        throw new AssertionError("too many redirects, last " + next);
    }

    @Test
    void aNewPersonSignsInWithAVerifiedAddressAndBecomesAnActiveMember() throws Exception {
        String email = "Dominique.Agent@Administration.test";
        nextPerson("agent-1", email, true);
        HttpClient browser = browser();

        assertThat(signInThroughTheProvider(browser)).isEqualTo(url("/compte"));

        Account account =
                store.findByEmail("dominique.agent@administration.test").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.MEMBER);
        assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
        assertThat(account.view().displayName()).isEqualTo("Dominique Agent");
        assertThat(account.passwordHash()).startsWith("$argon2id$");
        HttpResponse<String> mine = get(browser, url("/compte"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Mon compte").contains("dominique.agent@administration.test");
        // A member: administration stays closed.
        assertThat(get(browser, url("/admin")).statusCode()).isEqualTo(403);
    }

    @Test
    void anExistingAccountIsFoundByItsAddressAndKeepsItsRole() throws Exception {
        String email = "moderatrice@oidc.test";
        TestAccounts.ensure(context, email, Role.MODERATOR);
        long accounts = store.count();
        nextPerson("agent-2", email, true);
        HttpClient browser = browser();

        assertThat(signInThroughTheProvider(browser)).isEqualTo(url("/compte"));

        assertThat(store.count()).as("no second account").isEqualTo(accounts);
        assertThat(get(browser, url("/alliances/import")).statusCode())
                .as("the moderator's authorities")
                .isEqualTo(200);
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsRefused() throws Exception {
        nextPerson("agent-3", "pas-verifiee@oidc.test", false);
        HttpClient browser = browser();

        String last = signInThroughTheProvider(browser);

        assertThat(last).isEqualTo(url("/connexion?erreur-fournisseur"));
        assertThat(store.findByEmail("pas-verifiee@oidc.test")).isEmpty();
        assertThat(get(browser, last).body()).contains("adresse électronique vérifiée");
        assertThat(get(browser, url("/compte")).statusCode())
                .as("not signed in")
                .isEqualTo(302);
    }

    @Test
    void theSignInPageWithItsProviderButtonHasNoAxeViolation() {
        Browser browser = Browser.forNextVisit();
        browser.driver().get(url("/connexion"));
        assertThat(browser.driver().getPageSource()).contains("Se connecter avec ProConnect");

        List<Browser.Violation> violations = browser.axeViolations();

        assertThat(violations)
                .as("axe-core violations on /connexion:%n%s", Browser.describe(violations))
                .isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
