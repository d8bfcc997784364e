package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages meet WCAG 2.1 AA as far as axe-core can tell, and share the same structure: one h1, a main
 * landmark and a skip link as the first thing reached with the keyboard.
 */
@CatalyseTest
class AccessibilityBrowserTests {

    private Browser browser;

    @LocalServerPort
    int port;

    private WebDriver driver;

    /** One page of each kind, in French, plus a few in English; "Ma boussole" also with bad values (400). */
    static Stream<String> pages() {
        return Stream.of(
                "/",
                "/territoires",
                "/territoires?q=saint%20denis",
                "/territoires/commune/38185",
                "/territoires/departement/38?echelon=commune",
                "/referentiel",
                "/api",
                "/territoires/commune/99999",
                "/?lang=en",
                "/ressources",
                "/recherche?q=m%C3%A9c%C3%A9nat+de+comp%C3%A9tences&medoc-type=methode&lieu=Grenoble&scope=around",
                "/recherche?q=xqzwvk",
                "/ressources/mecenat-de-competences-mode-d-emploi",
                "/ressources/checklist-convention-de-partenariat",
                "/acteurs/cress-bretagne",
                "/acteurs/gaia-grenoble",
                "/alliances/cress-bretagne-cooperations-entreprises-ess",
                "/alliances/la-poste-alliance-dynamique-reseaux-ess",
                "/qui-peut-aider",
                "/qui-peut-aider?lieu=29600",
                "/qui-peut-aider?territory=commune:29151",
                "/territoires/region/53",
                "/recherche?type=case",
                "/carte",
                "/connexion",
                "/inscription",
                "/mot-de-passe-oublie",
                "/carte?echelle=region&mesure=catalyseurs&par=habitants",
                "/faire-le-point",
                "/faire-le-point/politique-partenariale",
                "/faire-le-point/rse-partenariats?lang=en",
                "/ma-boussole",
                "/ma-boussole?profile=associations&lieu=commune%3A29151&domain=developpement-economique-local"
                        + "&objective=cooperer-efficacement&maturity=evaluation%3Aexperimenter",
                "/ma-boussole?profile=associations&lieu=29600",
                "/ma-boussole?profile=martiens&domain=nulle-part&lieu=Xqzwvkville",
                "/ma-boussole?lang=en&profile=entreprises&lieu=38000");
    }

    @BeforeEach
    void freshVisit() {
        // Started (or skipped) in each test rather than once before all, so that each reports why it is skipped.
        browser = Browser.forNextVisit();
        driver = browser.driver();
    }

    @ParameterizedTest(name = "{0} has no WCAG 2.1 A or AA violation found by axe-core")
    @MethodSource("pages")
    void pageHasNoAxeViolation(String path) {
        driver.get(url(path));

        List<Browser.Violation> violations = browser.axeViolations();

        assertThat(violations)
                .as("axe-core violations on %s:%n%s", path, Browser.describe(violations))
                .isEmpty();
    }

    @Test
    void axeReportsTheDefectsOfABrokenPage() {
        driver.get(url("/"));
        browser.script("""
                var main = document.querySelector('main');
                var img = document.createElement('img');
                img.src = '/favicon.svg';
                main.appendChild(img);
                var input = document.createElement('input');
                input.type = 'text';
                main.appendChild(input);
                """);

        assertThat(browser.axeViolations()).extracting(Browser.Violation::id).contains("image-alt", "label");
    }

    @ParameterizedTest(name = "{0} has one h1, a main landmark and the skip link first")
    @MethodSource("pages")
    void pageHasOneH1AMainLandmarkAndTheSkipLinkFirst(String path) {
        driver.get(url(path));

        assertThat(count("h1")).as("h1 elements on %s", path).isEqualTo(1);
        assertThat(count("main, [role=main]")).as("main landmarks on %s", path).isEqualTo(1);
        assertThat(browser.script("return document.activeElement === document.body"))
                .as("nothing has the focus when %s opens", path)
                .isEqualTo(true);

        new Actions(driver).sendKeys(Keys.TAB).perform();

        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) browser.script("""
                var e = document.activeElement, r = e.getBoundingClientRect();
                return {tag: e.tagName, cls: e.className, href: e.getAttribute('href'), text: e.textContent.trim(),
                        visible: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0};
                """);
        assertThat(focused)
                .as("first focused element on %s", path)
                .containsEntry("tag", "A")
                .containsEntry("cls", "skip-link")
                .containsEntry("href", "#contenu")
                .containsEntry("visible", true);
        assertThat((String) focused.get("text")).isNotBlank();
        assertThat(browser.script("var t = document.getElementById('contenu'); return t && t.tagName"))
                .as("target of the skip link on %s", path)
                .isEqualTo("MAIN");

        new Actions(driver).sendKeys(Keys.ENTER).perform();

        assertThat(browser.script("return document.activeElement.id"))
                .as("focus after following the skip link on %s", path)
                .isEqualTo("contenu");
    }

    private long count(String selector) {
        return (Long) browser.script("return document.querySelectorAll(arguments[0]).length", selector);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
