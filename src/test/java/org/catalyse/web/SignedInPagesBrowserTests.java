package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.catalyse.CatalyseTest;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.accounts.Role;
import org.catalyse.accounts.TestAccounts;
import org.catalyse.contributions.Contributions;
import org.catalyse.contributions.Kind;
import org.catalyse.contributions.TestContributions;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An administrator signs in through the form, then the pages only signed-in people see (account, records,
 * administration, import, the moderation queue with its filters) pass axe-core and the Nu HTML checker; signing out
 * ends the session. The pages of a confirmation link and of a reset link pass them too.
 */
@CatalyseTest
class SignedInPagesBrowserTests {

    static final String ADMIN = "administration@pages.test";
    static final List<String> PAGES = List.of(
            "/compte",
            "/compte/jetons",
            "/compte/diagnostics",
            "/compte/jetons?lang=en",
            "/admin/referentiel?lang=en",
            "/compte/diagnostics?lang=en",
            "/admin",
            "/admin/personnes",
            "/admin/courriels",
            "/admin/journal",
            "/admin/index",
            "/admin/synonymes",
            "/admin/synonymes?lang=en",
            "/admin/referentiel",
            "/alliances/import",
            "/compte/fiches",
            "/moderation?type=cas&canal=api",
            "/moderation?type=cas&canal=api&q=plateforme&lang=en");

    static final String PARTNER = "plateforme-partenaire@pages.test";
    static final String FORGOT = "oubli@pages.test";

    /** The pages of a confirmation link and of a reset link, opened by someone not signed in. */
    static final List<String> LINK_PAGES = new ArrayList<>();

    @LocalServerPort
    int port;

    /** The administrator's own diagnostic pages: two complete responses, their results, path and comparison. */
    static final List<String> DIAGNOSTIC_PAGES = new ArrayList<>();

    @BeforeAll
    static void administrator(@Autowired ApplicationContext context) {
        TestAccounts.ensure(context, ADMIN, Role.ADMINISTRATOR);
        long me = context.getBean(Accounts.class).byEmail(ADMIN).orElseThrow().id();
        Diagnostics diagnostics = context.getBean(Diagnostics.class);
        List<UUID> done = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            Diagnostics.Started started =
                    diagnostics.start("politique-partenariale", "associations", TerritoryId.parse("commune:29151"), me);
            Diagnostic d = diagnostics.definitionOf(started.response());
            int i = 0;
            for (Diagnostic.Axis axis : d.axes()) {
                Map<String, List<String>> answers = new LinkedHashMap<>(DiagnosticJourneyBrowserTests.ANSWERS.get(i));
                if (round == 1 && axis.key().equals("evaluation")) {
                    answers.put("eval-pratique", List.of("bilan-commun")); // a year later, a joint review
                }
                assertThat(diagnostics.saveStep(started.secret(), axis.key(), answers))
                        .isEmpty();
                i++;
            }
            assertThat(diagnostics.complete(started.secret())).isEmpty();
            done.add(started.response().id());
        }
        // A record the administrator is responsible for, never confirmed (listed as to check on "Mes fiches"), and
        // a case proposal sent through the API, found by the queue's filters.
        Contributions contributions = context.getBean(Contributions.class);
        AccountView admin = context.getBean(Accounts.class).byEmail(ADMIN).orElseThrow();
        contributions.addOwner(Kind.ACTOR, "fondation-totalenergies", ADMIN, admin);
        TestAccounts.ensure(context, PARTNER, Role.MEMBER);
        TestContributions.submitCase(
                contributions,
                "Cas venu d’une plateforme partenaire",
                context.getBean(Accounts.class).byEmail(PARTNER).orElseThrow(),
                true);
        TestAccounts.ensure(context, FORGOT, Role.MEMBER);
        LINK_PAGES.clear();
        LINK_PAGES.add("/inscription/confirmer?jeton="
                + TestAccounts.pendingWithConfirmationLink(
                        context, "a-confirmer-" + UUID.randomUUID() + "@pages.test"));
        LINK_PAGES.add("/mot-de-passe/nouveau?jeton=" + TestAccounts.resetLink(context, FORGOT));
        DIAGNOSTIC_PAGES.clear();
        DIAGNOSTIC_PAGES.add("/compte/diagnostics/" + done.get(0));
        DIAGNOSTIC_PAGES.add("/compte/diagnostics/" + done.get(0) + "/boussole");
        DIAGNOSTIC_PAGES.add("/compte/diagnostics/comparer?a=" + done.get(0) + "&b=" + done.get(1));
    }

    @Test
    void thePagesOfAConfirmationLinkAndOfAResetLinkAreAccessibleAndValid() throws Exception {
        Browser browser = Browser.forNextVisit();
        WebDriver driver = browser.driver();
        for (String path : LINK_PAGES) {
            driver.get(url(path));
            assertThat(driver.findElements(By.cssSelector("form button[type=submit]")))
                    .as("the link's form on %s", path)
                    .isNotEmpty();
            PageChecks.accessibleAndValid(browser);
        }
    }

    @Test
    void signedInPagesAreAccessibleAndValid() throws Exception {
        Browser browser = Browser.forNextVisit();
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(url("/"));
        driver.findElement(By.cssSelector("a[href='/connexion']")).click();
        wait.until(ExpectedConditions.urlContains("/connexion"));
        driver.findElement(By.id("email")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form.account-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.urlContains("/compte"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mon compte");

        assertThat(driver.manage().getCookieNamed("JSESSIONID")).isNotNull();
        List<String> pages = new ArrayList<>(PAGES);
        pages.addAll(DIAGNOSTIC_PAGES);
        for (String path : pages) {
            driver.get(url(path));
            PageChecks.accessibleAndValid(browser);
        }

        driver.get(url("/compte"));
        driver.findElement(By.cssSelector(".account-links button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/connexion"));
        driver.get(url("/admin"));
        assertThat(driver.getCurrentUrl()).contains("/connexion");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
