package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nu.validator.client.EmbeddedValidator;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages are valid HTML according to the Nu HTML checker, the one behind validator.w3.org/nu. */
@CatalyseTest
public class HtmlValidityTests {

    /** Message types that mean the document is invalid, or could not be checked at all. */
    private static final Set<String> FAILING_TYPES = Set.of("error", "non-document-error");

    /** The Jetty version the Nu HTML checker is built against (see its pom). */
    private static final String JETTY_FOR_CHECKER = "11.0.20";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is valid HTML")
    @MethodSource("org.catalyse.web.AccessibilityBrowserTests#pages")
    void pageIsValidHtml(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode())
                .as("status of %s", path)
                .isEqualTo(path.equals("/territoires/commune/99999") ? 404 : path.contains("martiens") ? 400 : 200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        List<String> errors = errors(response.body());

        assertThat(errors)
                .as("Nu HTML checker errors on %s:%n%s", path, String.join("\n", errors))
                .isEmpty();
    }

    @Test
    void theCheckerReportsInvalidHtml() throws Exception {
        String invalid = "<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head>"
                + "<body><p id=\"a\">a</p><p id=\"a\">b</p><ul><p>c</p></ul></body></html>";

        assertThat(errors(invalid.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(e -> assertThat(e).contains("Duplicate ID"))
                .anySatisfy(e -> assertThat(e).contains("Element “p” not allowed as child of element “ul”"));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The errors found by the checker, one line each with their position and the source extract. */
    public static List<String> errors(byte[] html) throws Exception {
        assertCheckerClasspath();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String json = validator.validate(new ByteArrayInputStream(html));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JsonMapper.shared().readTree(json).path("messages")) {
            String type = message.path("type").asString();
            if (FAILING_TYPES.contains(type)) {
                errors.add("  - " + type + " line " + message.path("lastLine").asString("?") + ", column "
                        + message.path("firstColumn").asString("?") + ": "
                        + message.path("message").asString() + " ["
                        + message.path("extract").asString("") + "]");
            }
        }
        return errors;
    }

    /**
     * The checker is built against Jetty 11, whose client API ({@code org.eclipse.jetty.client.api}) is gone
     * from the Jetty 12 that Spring Boot's dependency management would otherwise put on the test classpath.
     */
    private static void assertCheckerClasspath() {
        try {
            Class.forName("org.eclipse.jetty.client.api.Response", false, HtmlValidityTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            fail(
                    "The Nu HTML checker needs Jetty 11 on the test classpath (org.eclipse.jetty:jetty-client, jetty-http,"
                            + " jetty-io, jetty-util, jetty-security and jetty-server " + JETTY_FOR_CHECKER
                            + ", test scope, declared in pom.xml) but finds Jetty 12, which has no org.eclipse.jetty.client.api");
        }
    }
}
