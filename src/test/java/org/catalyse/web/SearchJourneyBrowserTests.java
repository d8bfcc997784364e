package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a visitor does with a real browser: find a territory, browse its communes, change language. */
@CatalyseTest
class SearchJourneyBrowserTests {

    private Browser browser;

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void freshVisit() {
        // Started (or skipped) in each test rather than once before all, so that each reports why it is skipped.
        browser = Browser.forNextVisit();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void aVisitorFindsGrenobleFromTheHomePage() {
        open("/");

        WebElement input = driver.findElement(By.cssSelector("form.finder #territory-q"));
        input.sendKeys("grenoble");
        input.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlToBe(url("/territoires/commune/38185")));
        assertThat(h1()).isEqualTo("Grenoble");
        List<WebElement> parents = driver.findElements(By.cssSelector("ul.parents a"));
        assertThat(parents)
                .extracting(WebElement::getText, a -> a.getDomAttribute("href"))
                .contains(
                        tuple("Grenoble-Alpes-Métropole", "/territoires/epci/200040715"),
                        tuple("Isère", "/territoires/departement/38"),
                        tuple("Auvergne-Rhône-Alpes", "/territoires/region/84"));
    }

    @Test
    void aVisitorTypingStEtienneChoosesTheFirstSuggestionWithTheKeyboard() {
        open("/");
        WebElement input = driver.findElement(By.id("territory-q"));
        assertThat(input.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");

        for (char c : "st-etienne".toCharArray()) {
            input.sendKeys(String.valueOf(c));
            pause(Duration.ofMillis(60));
        }

        WebElement list = driver.findElement(By.id(input.getDomAttribute("aria-controls")));
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
        wait.until(d -> Boolean.TRUE.equals(browser.script("return performance.getEntriesByType('resource')"
                + ".some(function (e) { return e.name.endsWith('/api/v1/territories?limit=8&q=st-etienne'); })")));
        wait.until(d -> list.isDisplayed()
                && !list.findElements(By.cssSelector("li[role=option]")).isEmpty());
        List<WebElement> options = list.findElements(By.cssSelector("li[role=option]"));
        assertThat(options.get(0).getText()).startsWith("Saint-Étienne");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");

        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(input.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(0).getDomAttribute("id"));
        assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
        input.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlToBe(url("/territoires/commune/42218")));
        assertThat(h1()).isEqualTo("Saint-Étienne");
    }

    @Test
    void aCompanyInGrenobleFindsAMethodOnMecenatDeCompetencesFiltersByMethodAndOpensIt() {
        open("/ressources");
        driver.findElement(By.id("search-q")).sendKeys("mécénat de compétences");
        driver.findElement(By.id("search-place")).sendKeys("Grenoble");
        driver.findElement(By.cssSelector("form.search-form button[type=submit]"))
                .click();
        wait.until(d -> d.getCurrentUrl().contains("lieu=Grenoble"));
        assertThat(driver.findElement(By.cssSelector(".scope-line")).getText()).contains("Grenoble");

        WebElement method = driver.findElements(By.cssSelector("#facet-medoc-type ~ ul a")).stream()
                .filter(a -> a.getText().contains("Méthode"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No « Méthode » facet"));
        method.click();
        wait.until(d -> d.getCurrentUrl().contains("medoc-type=methode"));
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit h3 a"));
        assertThat(hits).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".hit .snippet mark"))).isNotEmpty();

        hits.stream()
                .filter(a -> a.getText().equals("Le mécénat de compétences, mode d'emploi"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The method on mécénat de compétences is not listed"))
                .click();
        wait.until(ExpectedConditions.urlToBe(url("/ressources/mecenat-de-competences-mode-d-emploi")));
        assertThat(h1()).isEqualTo("Le mécénat de compétences, mode d'emploi");
        assertThat(driver.findElement(By.cssSelector(".medoc-tag")).getText()).contains("Méthode");
    }

    @Test
    void aVisitorBrowsesTheCommunesOfIsereToTheSecondPage() {
        open("/territoires/departement/38");
        assertThat(h1()).isEqualTo("Isère");

        WebElement communesTab = driver.findElements(By.cssSelector("nav.tabs a")).stream()
                .filter(a -> a.getText().startsWith("Communes"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No « Communes » tab on Isère's page"));
        communesTab.click();

        wait.until(ExpectedConditions.urlContains("echelon=commune"));
        assertThat(driver.findElement(By.cssSelector("nav.tabs a[aria-current=true]"))
                        .getText())
                .startsWith("Communes");
        assertThat(caption()).startsWith("Communes").contains("page 1 sur");
        String firstOfPageOne = firstRowName();

        driver.findElement(By.cssSelector("nav.pagination a[rel=next]")).click();

        wait.until(ExpectedConditions.urlContains("page=2"));
        assertThat(caption()).startsWith("Communes").contains("Isère").contains("page 2 sur");
        assertThat(driver.findElement(By.cssSelector("nav.pagination")).getText())
                .contains("Page 2 sur");
        assertThat(driver.findElements(By.cssSelector("nav.pagination a[rel=prev]")))
                .hasSize(1);
        assertThat(firstRowName()).isNotEqualTo(firstOfPageOne);
    }

    @Test
    void theLanguageSelectorSwitchesToEnglishAndTheChoiceIsRemembered() {
        open("/");
        assertThat(htmlLang()).isEqualTo("fr");
        assertThat(h1()).isEqualTo("Faire alliance sur les besoins de votre territoire");

        driver.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();

        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(h1()).isEqualTo("Build alliances around your territory’s needs");
        assertThat(driver.findElement(By.cssSelector("nav.languages a[hreflang=en]"))
                        .getDomAttribute("aria-current"))
                .isEqualTo("true");

        driver.findElement(By.cssSelector("nav.main-nav a[href='/territoires']"))
                .click();

        wait.until(ExpectedConditions.urlToBe(url("/territoires")));
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(h1()).isEqualTo("Territories");
        assertThat(driver.findElement(By.cssSelector(".skip-link")).getDomProperty("textContent"))
                .isEqualTo("Skip to content");
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private String caption() {
        return driver.findElement(By.cssSelector("section.children table caption"))
                .getText();
    }

    private String firstRowName() {
        return driver.findElement(By.cssSelector("section.children tbody tr th"))
                .getText();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
