package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.catalyse.accounts.Role;
import org.catalyse.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A member proposes a partnership case; a moderator asks for a change; the member revises it; the moderator
 * approves it; anyone then finds the case by searching, and its history shows both revisions. Every page on the
 * way passes axe-core and the Nu HTML checker.
 */
@CatalyseTest
class ContributionJourneyBrowserTests {

    static final String MEMBER = "maelle@parcours.test";
    static final String MODERATOR = "moderation@parcours.test";

    @LocalServerPort
    int port;

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private final List<String> checked = new ArrayList<>();

    @BeforeAll
    static void people(@Autowired ApplicationContext context) {
        TestAccounts.ensure(context, MEMBER, Role.MEMBER);
        TestAccounts.ensure(context, MODERATOR, Role.MODERATOR);
    }

    @Test
    void proposeAskForAChangeReviseApproveThenFindItAndReadItsHistory() throws Exception {
        browser = Browser.forNextVisit();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        // 1. The member proposes a case.
        signIn(MEMBER);
        driver.findElement(By.cssSelector(".account-links a[href='/contribuer']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/contribuer"));
        check();
        driver.findElement(By.cssSelector("a[href='/contribuer/cas/nouveau']")).click();
        wait.until(ExpectedConditions.urlContains("/contribuer/cas/nouveau"));
        check();
        type("f-title", "Tiers-lieu nourricier du Trégor finistérien");
        type("f-summary", "Une association et trois entreprises ouvrent ensemble une cuisine partagée.");
        type("f-partners", "cress-bretagne ; accompagnatrice");
        type("f-territories", "commune:29151");
        driver.findElement(By.cssSelector("input[name=action_domains][value=alimentation-agriculture]"))
                .click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByValue("en-cours");
        type("f-description", "La cuisine ouvre deux jours par semaine.");
        driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.urlContains("?envoyee"));
        String contribution =
                driver.getCurrentUrl().replaceAll("\\?.*$", "").replaceAll("^.*(/contributions/\\d+)$", "$1");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Envoyée pour relecture");
        check();
        signOut();

        // 2. The moderator finds it in the queue and asks for a change.
        signIn(MODERATOR);
        driver.get(url("/moderation"));
        check();
        driver.findElement(By.linkText("Tiers-lieu nourricier du Trégor finistérien"))
                .click();
        wait.until(ExpectedConditions.urlContains(contribution));
        check();
        type("comment", "Dites combien de repas sont servis.");
        driver.findElement(By.cssSelector("button[name=decision][value=changes]"))
                .click();
        wait.until(ExpectedConditions.urlContains("?decidee"));
        signOut();

        // 3. The member is told, and revises.
        signIn(MEMBER);
        driver.findElement(By.cssSelector(".account-links a[href='/compte/notifications']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/compte/notifications"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Dites combien de repas sont servis.");
        check();
        driver.get(url(contribution));
        driver.findElement(By.linkText("Reprendre la contribution")).click();
        wait.until(ExpectedConditions.urlContains("/modifier"));
        check();
        WebElement description = driver.findElement(By.id("f-description"));
        description.clear();
        description.sendKeys("La cuisine ouvre deux jours par semaine et sert quatre-vingts repas par jour.");
        driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.urlContains("?envoyee"));
        driver.get(url("/compte/contributions"));
        check();
        signOut();

        // 4. The moderator approves.
        signIn(MODERATOR);
        driver.get(url(contribution));
        driver.findElement(By.cssSelector("button[name=decision][value=approve]"))
                .click();
        wait.until(ExpectedConditions.urlContains("?decidee"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("approuvée et publiée");
        signOut();

        // 5. Anyone finds it by searching, and reads its history.
        String casePage = null;
        for (int attempt = 0; attempt < 40 && casePage == null; attempt++) {
            driver.get(url("/recherche?q=repas+Tr%C3%A9gor+nourricier"));
            List<WebElement> hits = driver.findElements(
                    By.cssSelector("a[href='/alliances/tiers-lieu-nourricier-du-tregor-finisterien']"));
            if (!hits.isEmpty()) {
                casePage = hits.get(0).getAttribute("href");
            } else {
                Thread.sleep(250);
            }
        }
        assertThat(casePage).as("the approved case found by the search").isNotNull();
        driver.get(casePage);
        driver.findElement(By.linkText("Historique")).click();
        wait.until(ExpectedConditions.urlContains("/historique"));
        String history = driver.findElement(By.tagName("main")).getText();
        assertThat(history)
                .contains("Version 1")
                .contains("Proposée en 2 révisions")
                .contains("quatre-vingts repas");
        assertThat(driver.findElements(By.cssSelector("table.diff ins"))).isNotEmpty();
        check();
        driver.get(url("/moderation/journal"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Dites combien de repas sont servis.");
        check();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String email) {
        driver.get(url("/connexion"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form.account-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.urlContains("/compte"));
    }

    private void signOut() {
        driver.findElement(By.cssSelector(".account-links button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/connexion"));
    }

    /** The checks of every page (axe-core, then the Nu HTML checker), and the page noted as checked. */
    private void check() throws Exception {
        PageChecks.accessibleAndValid(browser);
        checked.add(URI.create(driver.getCurrentUrl()).getRawPath());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
