package org.catalyse.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catalyse.territories.TestGraphs.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoryMatcherTests {

    final TerritoryGraph graph = TestGraphs.sample();

    List<TerritoryId> ids(String query) {
        return TerritoryMatcher.match(graph, query, null, 10).stream()
                .map(c -> c.node().id())
                .toList();
    }

    TerritoryMatcher.Candidate first(String query) {
        return TerritoryMatcher.match(graph, query, null, 10).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"grenoble", "GRENOBLE", "Grenoble ", "grenoble"})
    void findsACommuneByItsNameInAnyCase(String query) {
        assertThat(first(query).node().id()).isEqualTo(GRENOBLE);
        assertThat(first(query).quality()).isEqualTo(MatchQuality.EXACT);
    }

    @Test
    void ranksTheExactNameAboveTheEpciThatStartsWithIt() {
        assertThat(ids("grenoble")).containsExactly(GRENOBLE, GRENOBLE_ALPES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"saint etienne", "st-etienne", "St Étienne", "saint-étienne", "ST-ETIENNE"})
    void acceptsStForSaintAndIgnoresAccentsAndHyphens(String query) {
        assertThat(ids(query)).first().isEqualTo(SAINT_ETIENNE);
        assertThat(ids(query)).contains(SAINT_ETIENNE_METROPOLE, SAINT_ETIENNE_DU_ROUVRAY);
    }

    @Test
    void ranksPrefixMatchesByPopulation() {
        assertThat(ids("saint etienne"))
                .containsExactly(SAINT_ETIENNE, SAINT_ETIENNE_METROPOLE, SAINT_ETIENNE_DU_ROUVRAY);
    }

    @Test
    void findsAWordInsideAName() {
        assertThat(ids("rouvray")).containsExactly(SAINT_ETIENNE_DU_ROUVRAY);
        assertThat(first("rouvray").quality()).isEqualTo(MatchQuality.WORDS);
    }

    @Test
    void findsWordsInAnyOrder() {
        assertThat(ids("etienne saint")).contains(SAINT_ETIENNE, SAINT_ETIENNE_DU_ROUVRAY);
    }

    @Test
    void findsTheCommunesOfAPostalCode() {
        TerritoryMatcher.Candidate found = first("38100");
        assertThat(found.node().id()).isEqualTo(GRENOBLE);
        assertThat(found.matchedBy()).isEqualTo("postal-code");
        assertThat(found.quality()).isEqualTo(MatchQuality.EXACT);
    }

    @Test
    void findsCommunesByTheStartOfAPostalCode() {
        assertThat(ids("381")).contains(GRENOBLE, ECHIROLLES).doesNotContain(SAINT_ETIENNE);
    }

    @Test
    void findsByOfficialCodeAtEveryEchelon() {
        assertThat(first("38185").node().id()).isEqualTo(GRENOBLE);
        assertThat(first("200040715").node().id()).isEqualTo(GRENOBLE_ALPES);
        assertThat(ids("38")).first().isEqualTo(ISERE);
        assertThat(ids("84")).contains(ARA);
    }

    @Test
    void findsACommuneByTheNameOfAFormerCommuneItAbsorbed() {
        TerritoryMatcher.Candidate found = first("saint martin le vinoux");
        assertThat(found.node().id()).isEqualTo(GRENOBLE);
        assertThat(found.matchedBy()).isEqualTo("secondary-name");
        assertThat(found.matchedText()).isEqualTo("Saint-Martin-le-Vinoux");
    }

    @Test
    void findsTheCurrentCommuneByTheCodeOfAFormerOne() {
        assertThat(first("38998").node().id()).isEqualTo(GRENOBLE);
    }

    @Test
    void leavesObsoleteCommunesOutOfNameMatches() {
        assertThat(ids("vieux bourg")).isEmpty();
    }

    @Test
    void keepsOnlyTheRequestedEchelon() {
        assertThat(TerritoryMatcher.match(graph, "saint etienne", Echelon.EPCI, 10))
                .extracting(c -> c.node().id())
                .containsExactly(SAINT_ETIENNE_METROPOLE);
    }

    @Test
    void honoursTheLimit() {
        assertThat(TerritoryMatcher.match(graph, "saint", null, 2)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "'--", "zzzzzz", "<script>alert(1)</script>", "' OR 1=1 --", "%", "_"})
    void answersNothingForEmptyOrHostileQueries(String query) {
        assertThat(ids(query)).isEmpty();
    }
}
