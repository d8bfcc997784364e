package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catalyse.CatalyseTest;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The preselection of a personal path searches the place's narrow territories and the country apart (see
 * {@link Candidates#parts}); these tests check that it gives the same best few as one query over both.
 */
@CatalyseTest
class CandidatesTests {

    @Autowired
    Candidates candidates;

    @Autowired
    Territories territories;

    @Autowired
    TransactionTemplate transactions;

    Candidates.Wanted wanted(String type, List<String> medocTypes, String place, int limit, boolean preferences) {
        List<String> attached = new ArrayList<>();
        List<Candidates.Alternative> near = new ArrayList<>();
        String region = null;
        float[] weights = {4f, 3f, 2f, 1.5f, 0.5f};
        int i = 0;
        for (TerritoryId id : territories.enclosing(TerritoryId.parse(place))) {
            attached.add(id.toString());
            near.add(new Candidates.Alternative(
                    Candidates.TERRITORIES, id.toString(), weights[Math.min(i++, weights.length - 1)]));
            if (id.echelon().name().equals("REGION")) {
                region = id.toString();
            }
        }
        List<Candidates.Preference> prefs = new ArrayList<>();
        if (preferences) {
            prefs.add(Candidates.Preference.facets(1f, List.of("usage-stage:se-former")));
            prefs.add(Candidates.Preference.facets(2f, List.of("actor-profile:associations")));
            prefs.addAll(Candidates.Preference.bestOf(List.of(
                    new Candidates.Alternative(Candidates.FACETS, "maturity-level:experimenter", 2f),
                    new Candidates.Alternative(Candidates.FACETS, "maturity-level:structurer", 1f))));
            prefs.add(Candidates.Preference.topic(
                    2f, List.of("action-domain:emploi-insertion", "action-domain:education-jeunesse")));
            prefs.add(Candidates.Preference.topic(2f, List.of("strategic-objective:cooperer-efficacement")));
        }
        if (region != null) {
            near.add(new Candidates.Alternative(Candidates.WITHIN, region, 1f));
        }
        prefs.addAll(Candidates.Preference.bestOf(near));
        return new Candidates.Wanted(
                type,
                medocTypes.isEmpty() ? Map.of() : Map.of("medoc-type", medocTypes),
                attached,
                region,
                prefs,
                preferences ? List.of("evalu", "gouve") : List.of(),
                3f,
                limit);
    }

    enum Way {
        /** one Hibernate Search query, the conditions as filters and the preferences as optional clauses */
        ONE_QUERY,
        /** the same query in parts (narrow territories, France) */
        IN_PARTS,
        /** in parts, in Lucene directly, as the application does on the Lucene backend */
        LUCENE,
        /** the same, the conditions leading in every part */
        LUCENE_CONDITIONS_LEAD,
        /** the same, the preferences leading in every part */
        LUCENE_PREFERENCES_LEAD
    }

    /** Ids and scores (to the thousandth) of the best few, found one way or another. */
    List<String> best(Candidates.Wanted w, Way way) {
        return transactions.execute(tx -> {
            List<Candidates.Found> found = switch (way) {
                case ONE_QUERY -> candidates.best(w, List.of(w));
                case IN_PARTS -> candidates.best(w, Candidates.parts(w));
                case LUCENE -> candidates.bestWithLucene(w, Candidates.parts(w), null);
                case LUCENE_CONDITIONS_LEAD -> candidates.bestWithLucene(w, Candidates.parts(w), true);
                case LUCENE_PREFERENCES_LEAD -> candidates.bestWithLucene(w, Candidates.parts(w), false);
            };
            return found.stream()
                    .map(x -> x.id() + "=" + Math.round(x.score() * 1000) / 1000f)
                    .toList();
        });
    }

    static List<Float> scores(List<String> best) {
        return best.stream()
                .map(s -> Float.parseFloat(s.substring(s.lastIndexOf('=') + 1)))
                .toList();
    }

    /** Ids whose score is above the lowest kept: those cannot depend on how ties at the edge are broken. */
    static List<String> aboveTheEdge(List<String> best) {
        List<Float> scores = scores(best);
        float edge = scores.isEmpty() ? 0 : scores.get(scores.size() - 1);
        return best.stream()
                .filter(s -> Float.parseFloat(s.substring(s.lastIndexOf('=') + 1)) > edge)
                .sorted()
                .toList();
    }

    @Test
    void theBestOfSomeAlternativesCountsOnceAsTheBestOneAnObjectHas() {
        List<Candidates.Preference> ladder = Candidates.Preference.bestOf(List.of(
                new Candidates.Alternative(Candidates.TERRITORIES, "commune:29151", 4f),
                new Candidates.Alternative(Candidates.TERRITORIES, "pays:FR", 0.5f),
                new Candidates.Alternative(Candidates.TERRITORIES, "epci:242900645", 3f),
                new Candidates.Alternative(Candidates.WITHIN, "region:53", 1f),
                new Candidates.Alternative(Candidates.TERRITORIES, "departement:29", 3f)));
        // What an object gets: the sum of the steps whose values it has.
        java.util.function.Function<Map<String, List<String>>, Float> points = has -> {
            float sum = 0;
            for (Candidates.Preference p : ladder) {
                boolean any = p.anyOf().entrySet().stream()
                        .anyMatch(e -> e.getValue().stream()
                                .anyMatch(v ->
                                        has.getOrDefault(e.getKey(), List.of()).contains(v)));
                sum += any ? p.weight() : 0;
            }
            return sum;
        };
        assertThat(points.apply(Map.of(Candidates.TERRITORIES, List.of("commune:29151", "pays:FR"))))
                .isEqualTo(4f);
        assertThat(points.apply(Map.of(Candidates.TERRITORIES, List.of("departement:29"))))
                .isEqualTo(3f);
        assertThat(points.apply(Map.of(Candidates.TERRITORIES, List.of("epci:242900645", "departement:29"))))
                .isEqualTo(3f);
        assertThat(points.apply(
                        Map.of(Candidates.WITHIN, List.of("region:53"), Candidates.TERRITORIES, List.of("pays:FR"))))
                .isEqualTo(1f);
        assertThat(points.apply(Map.of(Candidates.TERRITORIES, List.of("pays:FR"))))
                .isEqualTo(0.5f);
        assertThat(points.apply(Map.of(Candidates.TERRITORIES, List.of("commune:75056"))))
                .isEqualTo(0f);
        assertThat(ladder).hasSize(4);
    }

    @Test
    void aPlaceInACommuneIsSearchedInThreePartsAndTheCountryAlone() {
        Candidates.Wanted morlaix = wanted("resource", List.of("methode"), "commune:29151", 10, true);
        List<Candidates.Wanted> parts = Candidates.placeParts(morlaix);
        assertThat(parts).hasSize(3);
        // What is attached to the place or encloses it below the country, scored in full.
        assertThat(parts.get(0).attachedToAnyOf()).doesNotContain("pays:FR").contains("commune:29151", "region:53");
        assertThat(parts.get(0).within()).isNull();
        assertThat(parts.get(0).preferences()).isEqualTo(morlaix.preferences());
        // What lies within the région, every object of it with the région's points.
        assertThat(parts.get(1).attachedToAnyOf()).isEmpty();
        assertThat(parts.get(1).within()).isEqualTo("region:53");
        assertThat(places(parts.get(1))).containsExactlyInAnyOrder("region:53", "pays:FR");
        // What is attached to the country, every object of it with the country's points.
        assertThat(parts.get(2).attachedToAnyOf()).containsExactly("pays:FR");
        assertThat(parts.get(2).within()).isNull();
        assertThat(places(parts.get(2))).containsExactly("pays:FR");
        for (Candidates.Wanted part : parts) {
            assertThat(part.preferences().stream().filter(p -> p.anyOf().containsKey(Candidates.FACETS)))
                    .isEqualTo(morlaix.preferences().stream()
                            .filter(p -> p.anyOf().containsKey(Candidates.FACETS))
                            .toList());
        }
        // With focus words, each part is searched among the objects that have them, then without them.
        // The topics (two here) and the focus words: each part is searched among the objects that have all of
        // them, then every smaller set of them, down to none.
        List<Candidates.Wanted> searches = Candidates.parts(morlaix);
        assertThat(searches).hasSize(parts.size() * 8);
        assertThat(searches.get(0).filters()).containsKey(Candidates.WORDS);
        assertThat(searches.get(0).words()).isEqualTo(morlaix.words());
        assertThat(searches.get(0).preferences()).isEqualTo(parts.get(0).preferences());
        Candidates.Wanted none = searches.get(searches.size() - 1);
        assertThat(none.filters()).isEqualTo(morlaix.filters());
        assertThat(none.words()).isEmpty();
        assertThat(none.preferences()).noneMatch(Candidates.Preference::apart);
        assertThat(Candidates.ceiling(none)).isLessThan(Candidates.ceiling(searches.get(parts.size() - 1)));

        Candidates.Wanted france = wanted("resource", List.of(), "pays:FR", 10, true);
        assertThat(Candidates.placeParts(france)).containsExactly(france);
    }

    /** The places a search's preferences name. */
    static List<String> places(Candidates.Wanted w) {
        return w.preferences().stream()
                .filter(p -> !p.anyOf().containsKey(Candidates.FACETS))
                .flatMap(p -> p.anyOf().values().stream().flatMap(List::stream))
                .distinct()
                .toList();
    }

    @Test
    void theBestFewInPartsAndInLuceneAreTheBestFewOfOneQuery() {
        int compared = 0;
        for (String place : List.of("commune:29151", "commune:38185", "commune:75056", "departement:35", "region:84")) {
            for (int limit : List.of(1, 3, 5, 10, 40)) {
                for (boolean preferences : List.of(true, false)) {
                    for (Candidates.Wanted w : List.of(
                            wanted("resource", List.of("methode", "competence"), place, limit, preferences),
                            wanted("resource", List.of("donnee", "exemple"), place, limit, preferences),
                            wanted("resource", List.of("outil"), place, limit, preferences),
                            wanted("case", List.of(), place, limit, preferences))) {
                        List<String> inOne = best(w, Way.ONE_QUERY);
                        for (Way way : List.of(
                                Way.IN_PARTS, Way.LUCENE, Way.LUCENE_CONDITIONS_LEAD, Way.LUCENE_PREFERENCES_LEAD)) {
                            List<String> other = best(w, way);
                            String what = way + ": " + w.type() + " " + w.filters() + " at " + place + ", limit "
                                    + limit + (preferences ? ", with preferences" : "");
                            assertThat(scores(other)).as(what).isEqualTo(scores(inOne));
                            assertThat(aboveTheEdge(other)).as(what).isEqualTo(aboveTheEdge(inOne));
                            assertThat(other).as(what).doesNotHaveDuplicates();
                        }
                        compared += inOne.size();
                    }
                }
            }
        }
        assertThat(compared).as("candidates compared").isGreaterThan(500);
    }

    @Test
    void theFocusWordsCountInTheTitleOrSummaryOnly() {
        Candidates.Wanted evaluation =
                new Candidates.Wanted("resource", Map.of(), List.of(), null, List.of(), List.of("evalu"), 3f, 40);
        List<String> best = best(evaluation, Way.LUCENE);
        List<Candidates.Candidate> found = transactions.execute(tx -> candidates.find(evaluation));
        assertThat(found).hasSameSizeAs(best);
        int raised = 0;
        for (int i = 0; i < found.size(); i++) {
            Candidates.Candidate c = found.get(i);
            String heading = org.catalyse.diagnostics.TopicWords.fold(c.title() + " " + c.summary());
            float score = scores(best).get(i);
            assertThat(best.get(i)).startsWith(c.type() + ":" + c.key() + "=");
            assertThat(score).as(c.title()).isEqualTo(heading.matches("(?s).*\\bevalu.*") ? 3.001f : 0.001f);
            raised += score > 1 ? 1 : 0;
        }
        assertThat(raised)
                .as("resources whose title or summary speaks of evaluation")
                .isGreaterThan(0);
    }

    @Test
    void somethingAttachedNearTheCommuneOutranksTheCountryWithEqualPreferences() {
        // The CRESS Bretagne case is attached to Morlaix: with no other preference it comes first for Morlaix.
        List<String> best = best(wanted("case", List.of(), "commune:29151", 3, false), Way.LUCENE);
        assertThat(best).isNotEmpty();
        assertThat(best.get(0)).startsWith("case:cress-bretagne-cooperations-entreprises-ess=");
    }
}
