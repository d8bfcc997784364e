package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<String, Float> near = new LinkedHashMap<>();
        String region = null;
        float[] weights = {4f, 3f, 2f, 1.5f, 0.5f};
        int i = 0;
        for (TerritoryId id : territories.enclosing(TerritoryId.parse(place))) {
            attached.add(id.toString());
            near.put(id.toString(), weights[Math.min(i++, weights.length - 1)]);
            if (id.echelon().name().equals("REGION")) {
                region = id.toString();
            }
        }
        Map<String, Float> preferred = new LinkedHashMap<>();
        if (preferences) {
            preferred.put("usage-stage:se-former", 1f);
            preferred.put("actor-profile:associations", 2f);
            preferred.put("maturity-level:experimenter", 2f);
            preferred.put("maturity-level:structurer", 1f);
            preferred.put("action-domain:emploi-insertion", 2f);
        }
        return new Candidates.Wanted(
                type,
                medocTypes.isEmpty() ? Map.of() : Map.of("medoc-type", medocTypes),
                attached,
                region,
                preferred,
                near,
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
    void aPlaceInACommuneIsSearchedInTwoPartsAndTheCountryAlone() {
        Candidates.Wanted morlaix = wanted("resource", List.of("methode"), "commune:29151", 10, true);
        List<Candidates.Wanted> parts = Candidates.parts(morlaix);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).attachedToAnyOf()).doesNotContain("pays:FR").contains("commune:29151");
        assertThat(parts.get(0).within()).isNull();
        assertThat(parts.get(1).attachedToAnyOf()).containsExactly("pays:FR");
        assertThat(parts.get(1).within()).isEqualTo("region:53");
        assertThat(parts.get(1).preferredTerritories()).containsOnlyKeys("pays:FR");
        assertThat(parts.get(1).preferred()).isEqualTo(morlaix.preferred());

        Candidates.Wanted france = wanted("resource", List.of(), "pays:FR", 10, true);
        assertThat(Candidates.parts(france)).containsExactly(france);
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
    void somethingAttachedNearTheCommuneOutranksTheCountryWithEqualPreferences() {
        // The CRESS Bretagne case is attached to Morlaix: with no other preference it comes first for Morlaix.
        List<String> best = best(wanted("case", List.of(), "commune:29151", 3, false), Way.LUCENE);
        assertThat(best).isNotEmpty();
        assertThat(best.get(0)).startsWith("case:cress-bretagne-cooperations-entreprises-ess=");
    }
}
