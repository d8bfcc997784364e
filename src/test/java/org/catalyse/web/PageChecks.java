package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** The checks every page of a browser journey passes. */
final class PageChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private PageChecks() {}

    /**
     * The page the browser shows passes axe-core and has one {@code h1}; the same page, fetched with the browser's
     * session (if it has one) as the server sends it, is 200 and passes the Nu HTML checker.
     */
    static void accessibleAndValid(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        String page = driver.getCurrentUrl();
        List<Browser.Violation> violations = browser.axeViolations();
        assertThat(violations)
                .as("axe-core violations on %s:%n%s", page, Browser.describe(violations))
                .isEmpty();
        assertThat(driver.findElements(By.tagName("h1"))).as("h1 on %s", page).hasSize(1);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page))
                .header("Accept", "text/html")
                .header("Accept-Language", "fr");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpResponse<byte[]> sent = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sent.statusCode()).as("status of %s", page).isEqualTo(200);
        List<String> errors = HtmlValidityTests.errors(sent.body());
        assertThat(errors)
                .as("Nu HTML checker errors on %s:%n%s", page, String.join("\n", errors))
                .isEmpty();
    }
}
