package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a low limit for exact counts, large results show estimated counts and say so. */
@CatalyseTest
@TestPropertySource(properties = "catalyse.search.exact-facet-limit=20")
class EstimatedFacetCountsTests {

    @Autowired
    SearchEngine engine;

    @Autowired
    MockMvc mvc;

    @Test
    void largeResultsAreEstimatedSmallOnesAreExact() {
        SearchResults all = engine.search(new SearchQuery(null, null, null, null, Map.of(), 1, 20));
        assertThat(all.total()).isGreaterThan(20);
        assertThat(all.estimated()).isTrue();

        SearchResults few = engine.search(new SearchQuery("mécénat de compétences", null, null, null, Map.of(), 1, 20));
        assertThat(few.total()).isBetween(1L, 20L);
        assertThat(few.estimated()).isFalse();
        assertThat(few.facets().get("type").values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(few.total());
    }

    @Test
    void thePageSaysTheCountsAreEstimated() throws Exception {
        mvc.perform(get("/recherche").param("q", "").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("estimés sur un échantillon")))
                .andExpect(content().string(containsString("(environ ")));
        mvc.perform(get("/recherche").param("q", "mécénat de compétences"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("(environ "))));
    }

    @Test
    void theApiSaysTheCountsAreEstimated() throws Exception {
        mvc.perform(get("/api/v1/search"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facetsEstimated").value(true));
        mvc.perform(get("/api/v1/search").param("q", "mécénat de compétences"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facetsEstimated").value(false))
                .andExpect(jsonPath("$.facets.type.resource").value(greaterThan(0)));
    }
}
