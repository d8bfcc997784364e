package org.catalyse.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.catalyse.CatalyseTest;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.SearchQuery;
import org.catalyse.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Publishing a resource reaches the search index through an event. */
@CatalyseTest
class CommonsIndexingTests {

    @Autowired
    Commons commons;

    @Autowired
    SearchEngine search;

    static ResourceContent content(String title, String body) {
        return new ResourceContent(
                "outil",
                title,
                "Une fiche pour un test d'indexation.",
                body,
                List.of("Test"),
                "Catalyse",
                Licence.CC_BY_4_0,
                "Catalyse, 2026",
                "fr",
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1),
                List.of(new Qualifier("medoc-type", "outil"), new Qualifier("usage-stage", "agir")),
                List.of("departement:29"),
                List.of());
    }

    List<String> find(String q) {
        return search.search(new SearchQuery(q, null, null, null, Map.of(), 1, 10)).items().stream()
                .map(SearchResults.Hit::id)
                .toList();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aPublishedResourceBecomesSearchableAndAnEditReplacesItsEntry() throws Exception {
        commons.publish(
                "fiche-test-bigoudene", content("Fiche bigoudène de test", "Le pays bigouden coopère."), false, true);
        await(() -> find("bigoudène").contains("fiche-test-bigoudene"));
        assertThat(search.search(new SearchQuery(null, null, "commune:29151", "around", Map.of(), 1, 100))
                        .items())
                .extracting(SearchResults.Hit::id)
                .contains("fiche-test-bigoudene");

        commons.publish(
                "fiche-test-bigoudene", content("Fiche glazik de test", "Le pays glazik coopère."), false, true);
        await(() -> find("glazik").contains("fiche-test-bigoudene"));
        assertThat(find("bigoudène")).doesNotContain("fiche-test-bigoudene");
        assertThat(search.search(new SearchQuery(null, "resource", null, null, Map.of(), 1, 1))
                        .total())
                .as("the index holds exactly one entry per resource after the edits")
                .isEqualTo(commons.count());
    }
}
