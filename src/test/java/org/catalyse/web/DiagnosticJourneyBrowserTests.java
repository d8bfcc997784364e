package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An association in Morlaix takes the diagnostic for structures d'intérêt général, stops half-way and comes back
 * through its private link, gets level 2 on evaluation, then reads its path: an evaluation method to learn, a case in
 * Bretagne to read, the catalysts covering Finistère to act. A visitor composes the same kind of path without a
 * diagnostic, from "Ma boussole". Every page on the way passes axe-core and the Nu checker.
 */
@CatalyseTest
class DiagnosticJourneyBrowserTests {

    /** The answers of an association partnering for years but little used to evaluating, by step (one axis each). */
    static final List<Map<String, List<String>>> ANSWERS = List.of(
            answers(
                    "typo-partenaires", "plusieurs-types",
                    "typo-modes", "mecenat,pratiques-responsables,cooperation-economique",
                    "typo-mecenat", "financier,competences",
                    "typo-choix", "adapte"),
            answers(
                    "obj-attentes", "par-partenariat",
                    "obj-carre", "ressources,competences,parties-prenantes",
                    "obj-partenaires", "4",
                    "obj-trajectoires", "performance,confiance"),
            answers(
                    "eval-pratique", "compter",
                    "eval-approches", "performance,pertinence",
                    "eval-objets", "production",
                    "eval-criteres-communs", "non",
                    "eval-suites", "rapport"),
            answers(
                    "anc-besoins", "diagnostic-partage",
                    "anc-catalyseur", "rencontre",
                    "anc-reseaux", "multi-acteurs",
                    "anc-reconnaissance", "4"),
            answers(
                    "gouv-decision", "politique-ecrite",
                    "gouv-convention", "principaux",
                    "gouv-moyens", "3",
                    "gouv-referent", "oui"));

    private static Map<String, List<String>> answers(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], List.of(pairs[i + 1].split(",")));
        }
        return m;
    }

    /** The action domain ticked on the way: the CRESS Bretagne case is about it. */
    static final String DOMAIN = "input[name=domain][value='developpement-economique-local']";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void freshVisit() {
        browser = Browser.forNextVisit();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void anAssociationInMorlaixAnswersGetsLevelTwoOnEvaluationAndItsPath() throws Exception {
        driver.get(url("/"));
        driver.findElement(By.cssSelector("nav a[href='/faire-le-point']")).click();
        wait.until(ExpectedConditions.urlContains("/faire-le-point"));
        PageChecks.accessibleAndValid(browser);

        driver.findElement(By.cssSelector("a[href='/faire-le-point/politique-partenariale']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/faire-le-point/politique-partenariale"));
        PageChecks.accessibleAndValid(browser);
        new Select(driver.findElement(By.id("profile"))).selectByValue("associations");
        WebElement place = driver.findElement(By.id("lieu"));
        place.sendKeys("29600");
        driver.findElement(By.cssSelector(DOMAIN)).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        // 29600 is shared by several communes: the page asks which one, keeping the profile and domain chosen.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=lieu][type=radio]")));
        assertThat(new Select(driver.findElement(By.id("profile")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("associations");
        assertThat(driver.findElement(By.cssSelector(DOMAIN)).isSelected()).isTrue();
        driver.findElement(By.cssSelector("input[name=lieu][value='commune:29151']"))
                .click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/etape/1"));
        String privateLink = driver.findElement(By.cssSelector(".notice code")).getText();
        assertThat(privateLink).matches(".*/faire-le-point/r/[A-Za-z0-9_-]{43}");
        String base = driver.getCurrentUrl().substring(0, driver.getCurrentUrl().indexOf("/etape/"));

        for (int step = 1; step <= ANSWERS.size(); step++) {
            wait.until(ExpectedConditions.urlContains("/etape/" + step));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Étape " + step + " sur 5");
            PageChecks.accessibleAndValid(browser);
            ANSWERS.get(step - 1).forEach((question, choices) -> {
                for (String choice : choices) {
                    WebElement input = driver.findElement(
                            By.cssSelector("input[name='q." + question + "'][value='" + choice + "']"));
                    if (!input.isSelected()) {
                        input.click();
                    }
                }
            });
            if (step == 2) {
                // Stops here and comes back later through the private link: the answers are kept.
                driver.findElement(By.cssSelector("button[value=plus-tard]")).click();
                wait.until(ExpectedConditions.urlContains("?enregistre"));
                PageChecks.accessibleAndValid(browser);
                driver.manage().deleteAllCookies();
                driver.get(base + "/etape/2");
                assertThat(driver.findElement(By.cssSelector("input[name='q.obj-carre'][value='ressources']"))
                                .isSelected())
                        .isTrue();
            }
            driver.findElement(By.cssSelector("button[value=suivant]")).click();
        }

        wait.until(ExpectedConditions.urlContains("/resultats"));
        PageChecks.accessibleAndValid(browser);
        assertThat(driver.findElement(By.cssSelector("svg[role=img]")).getAttribute("aria-labelledby"))
                .isNotBlank();
        WebElement evaluation = driver.findElements(By.cssSelector("table.data tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("Évaluation"))
                .findFirst()
                .orElseThrow();
        assertThat(evaluation.getText()).contains("40,9").contains("2 – Expérimenter");
        assertThat(driver.findElements(By.cssSelector("table.data tbody tr")))
                .as("the other axes are at a higher level")
                .filteredOn(r -> !r.findElement(By.tagName("th")).getText().equals("Évaluation"))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.getText()).containsAnyOf("3 – Structurer", "4 – Essaimer"));
        HttpResponse<String> csv = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/resultats.csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"Évaluation\",\"40.9\",\"2\",\"Expérimenter\"");

        driver.findElement(By.cssSelector("a[href$='/boussole']")).click();
        wait.until(ExpectedConditions.urlContains("/boussole"));
        PageChecks.accessibleAndValid(browser);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ma boussole");

        List<WebElement> learn = items("se-former");
        assertThat(learn.get(0).findElement(By.tagName("a")).getText()).containsIgnoringCase("valu");
        assertThat(learn.get(0).findElement(By.cssSelector(".why")).getText()).contains("Évaluation");
        assertThat(learn)
                .extracting(i -> i.findElement(By.tagName("a")).getAttribute("href"))
                .anyMatch(href -> href.endsWith("/ressources/evaluation-partenariale-sept-approches"));

        assertThat(items("s-informer")).anySatisfy(i -> {
            assertThat(i.findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("/alliances/cress-bretagne-cooperations-entreprises-ess");
            // The domain ticked at the start is among the reasons.
            assertThat(i.findElement(By.cssSelector(".why")).getText())
                    .contains("Morlaix")
                    .contains("domaine d’action : Développement économique local");
        });

        List<WebElement> act = items("agir");
        assertThat(act.get(0).findElement(By.cssSelector(".hit-type")).getText())
                .isEqualToIgnoringCase("Catalyseur territorial");
        assertThat(act).anySatisfy(i -> {
            assertThat(i.findElement(By.tagName("a")).getText()).isEqualTo("CRESS Bretagne");
            assertThat(i.findElement(By.cssSelector(".why")).getText()).contains("Bretagne");
        });
    }

    @Test
    void aVisitorComposesItsPathWithoutADiagnostic() throws Exception {
        driver.get(url("/faire-le-point"));
        driver.findElement(By.cssSelector("main a[href='/ma-boussole']")).click();
        wait.until(ExpectedConditions.urlContains("/ma-boussole"));
        PageChecks.accessibleAndValid(browser);
        assertThat(driver.getTitle()).isEqualTo("Ma boussole – Catalyse");

        new Select(driver.findElement(By.id("profile"))).selectByValue("associations");
        driver.findElement(By.id("lieu")).sendKeys("29600");
        driver.findElement(By.cssSelector(DOMAIN)).click();
        driver.findElement(By.cssSelector("input[name=objective][value='cooperer-efficacement']"))
                .click();
        new Select(driver.findElement(By.id("niveau-evaluation"))).selectByValue("evaluation:experimenter");
        driver.findElement(By.cssSelector("#choix button[type=submit]")).click();

        // 29600 is shared by several communes: the page asks which one, keeping everything else.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=lieu][type=radio]")));
        PageChecks.accessibleAndValid(browser);
        assertThat(driver.findElement(By.cssSelector(DOMAIN)).isSelected()).isTrue();
        assertThat(new Select(driver.findElement(By.id("niveau-evaluation")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("evaluation:experimenter");
        driver.findElement(By.cssSelector("input[name=lieu][value='commune:29151']"))
                .click();
        driver.findElement(By.cssSelector("#choix button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("etape-agir")));
        PageChecks.accessibleAndValid(browser);
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText())
                .contains("Associations")
                .contains("Morlaix")
                .contains("Développement économique local")
                .contains("Évaluation : 2 – Expérimenter");
        assertThat(items("se-former").get(0).findElement(By.cssSelector(".why")).getText())
                .contains("Évaluation");
        assertThat(items("s-informer"))
                .anySatisfy(
                        i -> assertThat(i.findElement(By.cssSelector(".why")).getText())
                                .contains("domaine d’action : Développement économique local"));
        List<WebElement> act = items("agir");
        assertThat(act.get(0).findElement(By.cssSelector(".hit-type")).getText())
                .isEqualToIgnoringCase("Catalyseur territorial");
        assertThat(act).anySatisfy(i -> {
            assertThat(i.findElement(By.tagName("a")).getText()).isEqualTo("CRESS Bretagne");
            assertThat(i.findElement(By.cssSelector(".why")).getText()).contains("Bretagne");
        });
    }

    private List<WebElement> items(String stage) {
        return driver.findElements(By.cssSelector("section[aria-labelledby='etape-" + stage + "'] li.hit"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
