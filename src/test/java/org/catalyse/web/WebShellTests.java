package org.catalyse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.regex.Pattern;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class WebShellTests {

    static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\b(src=|type=\"application/ld\\+json\"))[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Test
    void presentsCatalyseInFrenchOnTheHomePage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("Faire alliance sur les besoins de votre territoire")))
                .andExpect(content().string(containsString("action=\"/territoires\"")))
                .andExpect(content().string(containsString("href=\"#contenu\"")))
                .andExpect(content().string(containsString("id=\"contenu\"")));
    }

    @Test
    void switchesToEnglishWithTheSelectorAndRemembersIt() throws Exception {
        var result = mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(cookie().value("catalyse-lang", "en"))
                .andReturn();
        mvc.perform(get("/referentiel").cookie(result.getResponse().getCookies()))
                .andExpect(content().string(containsString("<h1>The reference frame</h1>")));
    }

    @Test
    void followsTheBrowserLanguageAndFallsBackToFrench() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
        mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"fr\">")));
        mvc.perform(get("/").param("lang", "de")).andExpect(content().string(containsString("<html lang=\"fr\">")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/territoires", "/territoires/commune/38185", "/referentiel", "/api", "/api/v1/frame"})
    void forbidsInlineScriptsWithAContentSecurityPolicy(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/territoires",
                "/territoires?q=saint+denis",
                "/territoires/commune/38185",
                "/territoires/departement/38",
                "/referentiel",
                "/api",
                "/accessibilite",
                "/a-propos",
                "/territoires/commune/99999"
            })
    void pagesCarryNoInlineScriptHandlerOrStyle(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(INLINE_SCRIPT.matcher(html).find())
                .as("inline <script> in %s", path)
                .isFalse();
        assertThat(EVENT_HANDLER.matcher(html).find())
                .as("event handler attribute in %s", path)
                .isFalse();
        assertThat(STYLE_ATTRIBUTE.matcher(html).find())
                .as("style attribute in %s", path)
                .isFalse();
        assertThat(html.getBytes().length).as("size of %s", path).isLessThan(100_000);
    }

    @Test
    void answersHealthUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void servesTheApiDocumentationPage() throws Exception {
        mvc.perform(get("/api"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/v3/api-docs\"")))
                .andExpect(content().string(containsString("/api/v1/territories")));
    }
}
