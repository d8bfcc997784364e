package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two ways a search runs give the same answer: on the Lucene backend, one Lucene query counted by doc values
 * and paged by Hibernate Search; on any backend, Hibernate Search's query language and aggregations.
 */
@CatalyseTest
class SearchPathsTests {

    @Autowired
    SearchEngine engine;

    static Stream<SearchQuery> searches() {
        return Stream.of(
                query("mécénat de compétences"),
                query("mecenat competence"),
                query("le mécénat"),
                query("l'évaluation partenariale"),
                query("\"Alliance Dynamique\""),
                query("innovaton societale"),
                query("ESS coopération économique"),
                query("RSE"),
                query("mécénat -impôt"),
                query("mécénat | évaluation"),
                query("(mécénat | évaluation) territoire"),
                query("\"mécénat"),
                query("*"),
                query("- |"),
                query("le la les"),
                query(""),
                new SearchQuery(null, "resource", null, null, Map.of("medoc-type", List.of("methode")), 1, 100),
                new SearchQuery(
                        "partenariat",
                        null,
                        null,
                        null,
                        Map.of("medoc-type", List.of("outil", "donnee"), "usage-stage", List.of("agir")),
                        1,
                        100),
                new SearchQuery(null, null, "commune:38185", "around", Map.of(), 1, 100),
                new SearchQuery("coopération", null, "departement:38", "within", Map.of(), 1, 100),
                new SearchQuery(null, null, "region:84", "within", Map.of("licence", List.of("CC-BY-SA-4.0")), 1, 100),
                new SearchQuery("partenariat", null, null, null, Map.of(), 2, 7),
                new SearchQuery("partenariat", null, null, null, Map.of(), 1_000, 100),
                new SearchQuery("partenariat", null, null, null, Map.of(), Integer.MAX_VALUE, 100));
    }

    static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, Map.of(), 1, 100);
    }

    @ParameterizedTest
    @MethodSource("searches")
    void luceneAndPortablePathsAgree(SearchQuery query) {
        SearchResults lucene = engine.search(query, false, Integer.MAX_VALUE);
        SearchResults portable = engine.search(query, true, Integer.MAX_VALUE);

        assertThat(lucene.total()).isEqualTo(portable.total());
        assertThat(lucene.items()).isEqualTo(portable.items());
        assertThat(lucene.facets()).isEqualTo(portable.facets());
        assertThat(lucene.estimated()).isFalse();
        assertThat(engine.count(query)).isEqualTo(portable.total());
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheCounts() {
        for (int page : new int[] {1_000, Integer.MAX_VALUE}) {
            SearchResults far = engine.search(new SearchQuery("partenariat", null, null, null, Map.of(), page, 100));
            assertThat(far.items()).isEmpty();
            assertThat(far.total()).isPositive();
            assertThat(far.facets().get("type").values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(far.total());
        }
    }

    @Test
    void theDefaultSearchIsTheLucenePath() {
        SearchQuery query = query("partenariat");
        assertThat(engine.search(query)).isEqualTo(engine.search(query, false, 50_000));
    }

    @Test
    void aboveTheExactLimitTheTotalAndTheCountsAreEstimated() {
        SearchQuery everything = query(null);
        SearchResults exact = engine.search(everything, false, Integer.MAX_VALUE);
        SearchResults estimated = engine.search(everything, false, 5);

        assertThat(exact.total()).isGreaterThan(20);
        // The whole test index fits in one window of the sample: the estimate is the exact number.
        assertThat(estimated.total()).isEqualTo(exact.total());
        assertThat(estimated.items()).isEqualTo(exact.items());
        assertThat(estimated.estimated()).isTrue();
        // A sample can miss rare values, never invent one; every hit has one type, so the type estimates add up
        // to the total, give or take the rounding of each estimate to a whole number.
        Map<String, Long> types = estimated.facets().get("type");
        assertThat(exact.facets().get("type").keySet()).containsAll(types.keySet());
        assertThat(types.values().stream().mapToLong(Long::longValue).sum())
                .isCloseTo(exact.total(), org.assertj.core.data.Offset.offset((long) types.size()));
        estimated
                .facets()
                .forEach((axis, values) -> values.forEach((value, count) ->
                        assertThat(count).as(axis + ":" + value).isBetween(1L, exact.total())));
    }

    @Test
    void estimatesAreRoundedToTwoSignificantDigits() {
        assertThat(FacetCounts.roundEstimate(0.4)).isZero();
        assertThat(FacetCounts.roundEstimate(87.2)).isEqualTo(87);
        assertThat(FacetCounts.roundEstimate(99.6)).isEqualTo(100);
        assertThat(FacetCounts.roundEstimate(1_234)).isEqualTo(1_200);
        assertThat(FacetCounts.roundEstimate(48_213)).isEqualTo(48_000);
        assertThat(FacetCounts.roundEstimate(996_000)).isEqualTo(1_000_000);
    }
}
