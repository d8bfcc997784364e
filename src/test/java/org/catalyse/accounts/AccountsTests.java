package org.catalyse.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-up, confirmation, sign-in, reset and administration, with the mails caught by an SMTP server in process. */
@CatalyseTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "catalyse.accounts.administrators=chef@catalyse.test"
        })
class AccountsTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    static final String PASSWORD = "girafe parapluie orage 7";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore store;

    @Autowired
    AccountTokens tokens;

    @Autowired
    Throttle throttle;

    @Autowired
    SecurityLog log;

    @AfterEach
    void forget() {
        throttle.clear();
    }

    private void signUp(String email, String password) throws Exception {
        mvc.perform(post("/inscription")
                        .with(csrf())
                        .param("email", email)
                        .param("password", password)
                        .param("displayName", "Camille Test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vérifiez votre messagerie")));
    }

    /** The one-time token in the last mail received by this address. */
    private String tokenMailedTo(String email, String path) throws Exception {
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(email);
        assertThat(mails).as("mails to %s", email).isNotEmpty();
        String body = GreenMailUtil.getBody(mails[mails.length - 1])
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?jeton=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(m.find()).as("link to %s in %s", path, body).isTrue();
        return m.group(1);
    }

    private MvcResult signIn(String email, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/connexion")
                        .session(session)
                        .with(csrf())
                        .param("email", email)
                        .param("password", password))
                .andReturn();
    }

    @Test
    void withoutAConfiguredProviderTheSignInPageHasOnlyTheForm() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Se connecter avec"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/oauth2/authorization/"))));
        mvc.perform(get("/oauth2/authorization/proconnect")).andExpect(status().isNotFound());
    }

    @Test
    void signUpConfirmByMailThenSignInWithANewSessionIdAndSignOut() throws Exception {
        String email = "camille@association.test";
        signUp(email, PASSWORD);
        Account account = store.findByEmail(email).orElseThrow();
        assertThat(account.passwordHash()).startsWith("$argon2id$");
        assertThat(account.status()).isEqualTo(Account.Status.PENDING);

        // Not confirmed yet: the same message as a wrong password.
        assertThat(signIn(email, PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?erreur");

        String token = tokenMailedTo(email, "/inscription/confirmer");
        mvc.perform(get("/inscription/confirmer").param("jeton", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer mon adresse")));
        mvc.perform(post("/inscription/confirmer").with(csrf()).param("jeton", token))
                .andExpect(redirectedUrl("/connexion?confirme"));
        mvc.perform(post("/inscription/confirmer").with(csrf()).param("jeton", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a déjà servi")));

        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult in = signIn(email, PASSWORD, session);
        assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/compte");
        assertThat(session.getId()).as("session id after sign-in").isNotEqualTo(before);

        mvc.perform(get("/compte").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Se déconnecter")));
        mvc.perform(post("/compte")
                        .session(session)
                        .with(csrf())
                        .param("displayName", "Camille")
                        .param("organisation", "Fablab du pays de Morlaix")
                        .param("actorProfile", "associations")
                        .param("territory", "commune:29151"))
                .andExpect(redirectedUrl("/compte?enregistre"));
        assertThat(store.findByEmail(email).orElseThrow().view().territoryId()).isEqualTo("commune:29151");
        mvc.perform(post("/compte")
                        .session(session)
                        .with(csrf())
                        .param("displayName", "Camille")
                        .param("territory", "commune:99999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("commune:99999")));

        mvc.perform(post("/deconnexion").session(session).with(csrf()))
                .andExpect(redirectedUrl("/connexion?deconnecte"));
        mvc.perform(get("/compte").session(session)).andExpect(status().is3xxRedirection());
        assertThat(log.count("SIGN_IN")).isPositive();
        assertThat(log.count("CONFIRMED")).isPositive();
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() throws Exception {
        for (String[] weak : new String[][] {
            {"court1", "au moins 12 caractères"},
            {"motdepasse2026!", "plus courants"},
            {"Azertyuiop123", "plus courants"},
            {"aaaaaaaaaaaaaaa", "trop facile"},
            {"abcdefghijklmnop", "trop facile"},
            {"dominique.martin2026", "adresse électronique"}
        }) {
            mvc.perform(post("/inscription")
                            .with(csrf())
                            .param("email", "dominique.martin@exemple.test")
                            .param("password", weak[0])
                            .param("displayName", "Dominique"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(weak[1])));
        }
        assertThat(store.findByEmail("dominique.martin@exemple.test")).isEmpty();
    }

    @Test
    void signingUpTwiceTellsNothingMoreAndMailsTheOwner() throws Exception {
        String email = "deja@entreprise.test";
        signUp(email, PASSWORD);
        long accounts = store.count();
        signUp(email, "un tout autre mot de passe");
        assertThat(store.count()).isEqualTo(accounts);
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(email);
        assertThat(mails).hasSize(2);
        assertThat(mails[1].getSubject()).isEqualTo("Votre compte Catalyse existe déjà");
    }

    @Test
    void resetByMailOnceThenTheLinkIsSpentAndAnExpiredLinkSaysSo() throws Exception {
        String email = "reset@fondation.test";
        signUp(email, PASSWORD);
        mvc.perform(post("/inscription/confirmer")
                .with(csrf())
                .param("jeton", tokenMailedTo(email, "/inscription/confirmer")));

        // Unknown address: the same answer, no mail.
        mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", "personne@nulle-part.test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Si un compte actif utilise cette adresse")));
        assertThat(smtp.getReceivedMessagesForDomain("personne@nulle-part.test"))
                .isEmpty();

        mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Si un compte actif utilise cette adresse")));
        String token = tokenMailedTo(email, "/mot-de-passe/nouveau");
        mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token)).andExpect(status().isOk());
        mvc.perform(post("/mot-de-passe/nouveau")
                        .with(csrf())
                        .param("jeton", token)
                        .param("password", "azerty"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins 12 caractères")));
        String newPassword = "lanterne violette marée 9";
        mvc.perform(post("/mot-de-passe/nouveau")
                        .with(csrf())
                        .param("jeton", token)
                        .param("password", newPassword))
                .andExpect(redirectedUrl("/connexion?reinitialise"));
        mvc.perform(post("/mot-de-passe/nouveau")
                        .with(csrf())
                        .param("jeton", token)
                        .param("password", newPassword))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a déjà servi")));
        assertThat(signIn(email, PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?erreur");
        assertThat(signIn(email, newPassword, new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/compte");

        Account account = store.findByEmail(email).orElseThrow();
        tokens.save(new AccountToken(
                account.id(),
                AccountToken.Purpose.RESET,
                Accounts.sha256("perime"),
                Instant.now().minusSeconds(60)));
        mvc.perform(get("/mot-de-passe/nouveau").param("jeton", "perime"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce lien a expiré")));
        mvc.perform(get("/mot-de-passe/nouveau").param("jeton", "inconnu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;est pas valable")));
    }

    @Test
    void formsWithoutOrWithAForgedCsrfTokenAreRefused() throws Exception {
        mvc.perform(get("/inscription"))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("action=\"/recherche?_csrf"))));
        // The search forms are GET forms: no token in their URLs.
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("_csrf"))));
        mvc.perform(post("/inscription").param("email", "csrf@exemple.test").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inscription")
                        .with(csrf().useInvalidToken())
                        .param("email", "csrf@exemple.test")
                        .param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(store.findByEmail("csrf@exemple.test")).isEmpty();
    }

    @Test
    void repeatedFailuresMakeTheAddressWaitEvenWithTheRightPassword() throws Exception {
        String email = "patience@collectivite.test";
        signUp(email, PASSWORD);
        mvc.perform(post("/inscription/confirmer")
                .with(csrf())
                .param("jeton", tokenMailedTo(email, "/inscription/confirmer")));
        for (int i = 0; i < Throttle.FREE_ATTEMPTS; i++) {
            assertThat(signIn(email, "pas le bon mot de passe", new MockHttpSession())
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/connexion?erreur");
        }
        String waiting =
                signIn(email, PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl();
        assertThat(waiting).startsWith("/connexion?attente=");
        mvc.perform(get(waiting))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop de tentatives")));
        assertThat(log.count("SIGN_IN_THROTTLED")).isPositive();

        throttle.clear();
        assertThat(signIn(email, PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/compte");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    @Test
    void signUpsForOneAddressAreThrottledEvenFromManyClientsAndTheMailboxIsNotFlooded() throws Exception {
        String email = "inondation@association.test";
        for (int i = 0; i < Throttle.FREE_ATTEMPTS; i++) {
            mvc.perform(post("/inscription")
                            .with(csrf())
                            .with(from("10.1.0." + i))
                            .param("email", email)
                            .param("password", PASSWORD)
                            .param("displayName", "Camille Test"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Vérifiez votre messagerie")));
        }
        mvc.perform(post("/inscription")
                        .with(csrf())
                        .with(from("10.1.0.99"))
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("displayName", "Camille Test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop de tentatives")))
                .andExpect(content().string(containsString("Réessayez dans 1 minute")));
        assertThat(smtp.getReceivedMessagesForDomain(email))
                .as("one confirmation and four 'already exists' mails, nothing more")
                .hasSize(Throttle.FREE_ATTEMPTS);
        // Another address from the same clients is not slowed.
        signUp("voisine@association.test", PASSWORD);
        assertThat(log.count("SIGN_UP_THROTTLED")).isPositive();
    }

    @Test
    void signUpsFromOneClientAreThrottledWhateverTheAddress() throws Exception {
        for (int i = 0; i < Accounts.CLIENT_FREE_ATTEMPTS; i++) {
            mvc.perform(post("/inscription")
                            .with(csrf())
                            .with(from("10.2.0.1"))
                            .param("email", "robot" + i + "@robots.test")
                            .param("password", PASSWORD)
                            .param("displayName", "Robot"))
                    .andExpect(content().string(containsString("Vérifiez votre messagerie")));
        }
        mvc.perform(post("/inscription")
                        .with(csrf())
                        .with(from("10.2.0.1"))
                        .param("email", "robot-de-trop@robots.test")
                        .param("password", PASSWORD)
                        .param("displayName", "Robot"))
                .andExpect(content().string(containsString("Trop de tentatives")));
        assertThat(store.findByEmail("robot-de-trop@robots.test")).isEmpty();
    }

    @Test
    void resetRequestsAreThrottledPerAddressAndPerClientWithAGrowingWait() throws Exception {
        String email = "oubli@fondation.test";
        signUp(email, PASSWORD);
        mvc.perform(post("/inscription/confirmer")
                .with(csrf())
                .param("jeton", tokenMailedTo(email, "/inscription/confirmer")));
        int before = smtp.getReceivedMessagesForDomain(email).length;
        for (int i = 0; i < Throttle.FREE_ATTEMPTS; i++) {
            mvc.perform(post("/mot-de-passe-oublie")
                            .with(csrf())
                            .with(from("10.3.0." + i))
                            .param("email", email))
                    .andExpect(content().string(containsString("Si un compte actif utilise cette adresse")));
        }
        mvc.perform(post("/mot-de-passe-oublie")
                        .with(csrf())
                        .with(from("10.3.0.99"))
                        .param("email", email))
                .andExpect(content().string(containsString("Trop de tentatives")));
        assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(before + Throttle.FREE_ATTEMPTS);
        // The wait grows with each refused request counted after the free ones.
        throttle.failed("reset:" + email);
        assertThat(throttle.wait("reset:" + email)).isGreaterThan(java.time.Duration.ofSeconds(30));
        assertThat(log.count("RESET_THROTTLED")).isPositive();

        // One client asking for many addresses is slowed too, and the answer stays the same for unknown ones.
        for (int i = 0; i < Accounts.CLIENT_FREE_ATTEMPTS; i++) {
            mvc.perform(post("/mot-de-passe-oublie")
                            .with(csrf())
                            .with(from("10.4.0.1"))
                            .param("email", "inconnu" + i + "@nulle-part.test"))
                    .andExpect(content().string(containsString("Si un compte actif utilise cette adresse")));
        }
        mvc.perform(post("/mot-de-passe-oublie")
                        .with(csrf())
                        .with(from("10.4.0.1"))
                        .param("email", "encore@nulle-part.test"))
                .andExpect(content().string(containsString("Trop de tentatives")));
    }

    @Test
    void theConfiguredAdministratorManagesRolesAndReadsTheOutbox() throws Exception {
        String admin = "chef@catalyse.test";
        signUp(admin, PASSWORD);
        mvc.perform(post("/inscription/confirmer")
                .with(csrf())
                .param("jeton", tokenMailedTo(admin, "/inscription/confirmer")));
        assertThat(store.findByEmail(admin).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
        String member = "membre@association.test";
        signUp(member, PASSWORD);

        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(admin, PASSWORD, session).getResponse().getRedirectedUrl())
                .isEqualTo("/compte");
        mvc.perform(get("/admin/courriels").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmez votre adresse pour Catalyse")));
        mvc.perform(get("/admin/journal").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SIGN_UP")));
        long id = store.findByEmail(member).orElseThrow().id();
        mvc.perform(post("/admin/personnes/" + id + "/role")
                        .session(session)
                        .with(csrf())
                        .param("role", "moderator"))
                .andExpect(redirectedUrl("/admin/personnes?enregistre"));
        assertThat(store.findByEmail(member).orElseThrow().role()).isEqualTo(Role.MODERATOR);
        mvc.perform(post("/admin/personnes/" + id + "/role")
                        .session(session)
                        .with(csrf())
                        .param("role", "roi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rôle inconnu")));
        long self = store.findByEmail(admin).orElseThrow().id();
        mvc.perform(post("/admin/personnes/" + self + "/role")
                        .session(session)
                        .with(csrf())
                        .param("role", "member"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("propre rôle")));

        mvc.perform(get("/admin/personnes").with(user(member).roles("MEMBER"))).andExpect(status().isForbidden());
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        return "";
                    }
                }))
                .contains("Confirmez votre adresse pour Catalyse");
    }
}
