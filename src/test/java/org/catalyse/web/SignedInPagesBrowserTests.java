package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.catalyse.accounts.Role;
import org.catalyse.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An administrator signs in through the form, then the pages only signed-in people see (account,
 * administration, import) pass axe-core and the Nu HTML checker; signing out ends the session.
 */
@CatalyseTest
class SignedInPagesBrowserTests {

    static final String ADMIN = "administration@pages.test";
    static final List<String> PAGES = List.of(
            "/compte",
            "/compte/jetons",
            "/compte/diagnostics",
            "/admin",
            "/admin/personnes",
            "/admin/courriels",
            "/admin/journal",
            "/admin/index",
            "/admin/referentiel",
            "/alliances/import");

    @LocalServerPort
    int port;

    @BeforeAll
    static void administrator(@Autowired ApplicationContext context) {
        TestAccounts.ensure(context, ADMIN, Role.ADMINISTRATOR);
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

        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String path : PAGES) {
            driver.get(url(path));
            List<Browser.Violation> violations = browser.axeViolations();
            assertThat(violations)
                    .as("axe-core violations on %s:%n%s", path, Browser.describe(violations))
                    .isEmpty();
            assertThat(driver.findElements(By.tagName("h1")))
                    .as("h1 on %s", path)
                    .hasSize(1);

            HttpResponse<byte[]> page = http.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .header("Cookie", "JSESSIONID=" + session.getValue())
                            .header("Accept", "text/html")
                            .header("Accept-Language", "fr")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.statusCode()).as("status of %s", path).isEqualTo(200);
            List<String> errors = HtmlValidityTests.errors(page.body());
            assertThat(errors)
                    .as("Nu HTML checker errors on %s:%n%s", path, String.join("\n", errors))
                    .isEmpty();
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
