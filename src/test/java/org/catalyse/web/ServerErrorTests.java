package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person or a program sees when something breaks inside: a plain message, no internals. */
@CatalyseTest
class ServerErrorTests {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String accept, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Accept", accept)
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void showsAPlainErrorPageInFrenchWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/test-only/page-that-fails", "text/html", "fr");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<html lang=\"fr\">")
                .contains("Une erreur est survenue")
                .contains("Rien n’a été modifié")
                .doesNotContain(FailingPages.INTERNAL_DETAIL)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void showsTheErrorPageInEnglishToAnEnglishReader() throws Exception {
        HttpResponse<String> response = get("/test-only/page-that-fails", "text/html", "en");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<html lang=\"en\">").contains("Something went wrong");
    }

    @Test
    void answersTheApiWithAJsonMessageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/api/test-only/call-that-fails", "application/json", "fr");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"message\":\"Une erreur inattendue est survenue.")
                .doesNotContain(FailingPages.INTERNAL_DETAIL)
                .doesNotContain("trace");
    }
}
