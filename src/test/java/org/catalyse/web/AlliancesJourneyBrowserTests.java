package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An association in Morlaix looks for who can help it, then reads a case of its région. */
@CatalyseTest
class AlliancesJourneyBrowserTests {

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void freshVisit() {
        driver = Browser.forNextVisit().driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void fromItsPostalCodeToTheCatalystsOfBretagneThenToTheCressBretagneCase() {
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.cssSelector("nav a[href='/qui-peut-aider']")).click();
        wait.until(ExpectedConditions.urlContains("/qui-peut-aider"));

        WebElement place = driver.findElement(By.id("lieu"));
        place.sendKeys("29600");
        place.submit();

        // 29600 is shared by several communes: the page asks which one.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choices-title")));
        List<WebElement> choices = driver.findElements(By.cssSelector("section[aria-labelledby=choices-title] a"));
        assertThat(choices).extracting(WebElement::getText).anyMatch(t -> t.startsWith("Morlaix"));
        choices.stream()
                .filter(a -> a.getText().startsWith("Morlaix"))
                .findFirst()
                .orElseThrow()
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-title")));
        assertThat(driver.findElement(By.id("results-title")).getText()).contains("Morlaix");
        List<WebElement> cards = driver.findElements(By.cssSelector("ol.catalysts > li"));
        List<String> names = cards.stream()
                .map(c -> c.findElement(By.tagName("h3")).getText())
                .toList();
        assertThat(names).contains("CRESS Bretagne");
        WebElement cress = cards.get(names.indexOf("CRESS Bretagne"));
        assertThat(cress.getText()).contains("Bretagne");
        // Catalysts covering Bretagne come before those covering all of France.
        int firstNational = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).getText().contains("Couvre France")) {
                firstNational = i;
                break;
            }
        }
        assertThat(firstNational).isGreaterThan(names.indexOf("CRESS Bretagne"));

        cress.findElement(By.cssSelector("h3 a")).click();
        wait.until(ExpectedConditions.urlContains("/acteurs/cress-bretagne"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("CRESS Bretagne");

        driver.findElement(By.cssSelector("section[aria-labelledby=cases-title] a"))
                .click();
        wait.until(ExpectedConditions.urlContains("/alliances/cress-bretagne-cooperations-entreprises-ess"));
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=partners-title] tbody th a")))
                .extracting(WebElement::getText)
                .contains("CRESS Bretagne");
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Morlaix");
    }
}
