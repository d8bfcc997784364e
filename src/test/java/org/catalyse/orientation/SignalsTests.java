package org.catalyse.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;

class SignalsTests {

    static final List<String> LEVELS = List.of("decouvrir", "experimenter", "structurer", "essaimer");
    static final List<String> LABELS = List.of("Découvrir", "Expérimenter", "Structurer", "Essaimer");

    static Map<TerritoryId, String> morlaix() {
        Map<TerritoryId, String> m = new LinkedHashMap<>();
        m.put(TerritoryId.parse("commune:29151"), "Morlaix");
        m.put(TerritoryId.parse("epci:242900835"), "Morlaix Communauté");
        m.put(TerritoryId.parse("departement:29"), "Finistère");
        m.put(TerritoryId.parse("region:53"), "Bretagne");
        m.put(TerritoryId.FRANCE, "France");
        return m;
    }

    @Test
    void ranksTheCommuneAboveTheEpciAboveTheDepartementAboveTheRegionAboveFrance() {
        double commune = Signals.territorialProximity(List.of("commune:29151"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double epci = Signals.territorialProximity(List.of("epci:242900835"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double departement = Signals.territorialProximity(List.of("departement:29"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double region = Signals.territorialProximity(List.of("region:53"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double france = Signals.territorialProximity(List.of("pays:FR"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double elsewhereInRegion = Signals.territorialProximity(
                        List.of("commune:35238"), morlaix(), List.of("Bretagne"))
                .orElseThrow()
                .points();
        assertThat(List.of(commune, epci, departement, region, france))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(elsewhereInRegion).isLessThan(region).isGreaterThan(france);
        assertThat(Signals.territorialProximity(List.of("commune:38185"), morlaix(), List.of()))
                .isEmpty();
        // The narrowest tie wins when a case is attached to several places.
        assertThat(Signals.territorialProximity(List.of("region:53", "commune:29151"), morlaix(), List.of())
                        .orElseThrow()
                        .why())
                .isEqualTo("à Morlaix");
    }

    @Test
    void maturityFitPrefersTheUsersLevelThenTheNextOne() {
        Map<String, List<String>> forLevel2 = Map.of("maturity-level", List.of("experimenter"));
        Map<String, List<String>> forLevel3 = Map.of("maturity-level", List.of("structurer"));
        Map<String, List<String>> forLevel4 = Map.of("maturity-level", List.of("essaimer"));
        assertThat(Signals.maturityFit(forLevel2, LEVELS, 2, LABELS)
                        .orElseThrow()
                        .points())
                .isEqualTo(Signals.MATURITY_SAME);
        assertThat(Signals.maturityFit(forLevel3, LEVELS, 2, LABELS)
                        .orElseThrow()
                        .points())
                .isEqualTo(Signals.MATURITY_NEXT);
        assertThat(Signals.maturityFit(forLevel4, LEVELS, 2, LABELS)).isEmpty();
        assertThat(Signals.maturityFit(forLevel4, LEVELS, 4, LABELS)
                        .orElseThrow()
                        .why())
                .contains("Essaimer");
        assertThat(Signals.maturityFit(forLevel2, LEVELS, 0, LABELS))
                .as("no maturity given")
                .isEmpty();
    }

    @Test
    void profileDomainAndObjectiveMatchOnlyTheirOwnAxis() {
        Map<String, List<String>> q = Map.of(
                "actor-profile", List.of("associations"),
                "action-domain", List.of("emploi-insertion"),
                "partnership-objective", List.of("innovation"));
        assertThat(Signals.profileMatch(q, "associations", "Associations")).isPresent();
        assertThat(Signals.profileMatch(q, "entreprises", "Entreprises")).isEmpty();
        assertThat(Signals.domainMatch(q, Map.of("emploi-insertion", "Emploi"))).isPresent();
        assertThat(Signals.domainMatch(q, Map.of("culture-patrimoine", "Culture")))
                .isEmpty();
        assertThat(Signals.objectiveMatch(q, Map.of("innovation", "Innovation"))
                        .orElseThrow()
                        .why())
                .contains("Innovation");
        assertThat(Signals.objectiveMatch(q, Map.of("confiance", "Confiance"))).isEmpty();
    }

    @Test
    void freshnessFadesOverFiveYears() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(Signals.freshness(LocalDate.of(2026, 6, 1), today)
                        .orElseThrow()
                        .points())
                .isEqualTo(1.0);
        double three = Signals.freshness(LocalDate.of(2023, 12, 1), today)
                .orElseThrow()
                .points();
        assertThat(three).isBetween(0.4, 0.6);
        assertThat(Signals.freshness(LocalDate.of(2020, 1, 1), today)).isEmpty();
        assertThat(Signals.freshness(null, today)).isEmpty();
    }

    @Test
    void focusFindsTheWordsOfTheAxisToWorkOn() {
        Map<String, List<String>> words = Map.of("evaluation", List.of("evalu"));
        assertThat(Signals.axisFocus(
                        "evaluer un partenariat : les sept approches", words, Map.of("evaluation", "Évaluation")))
                .hasValueSatisfying(r -> assertThat(r.why()).contains("Évaluation"));
        assertThat(Signals.axisFocus("mecenat de competences", words, Map.of("evaluation", "Évaluation")))
                .isEmpty();
    }

    @Test
    void aSuggestionMadeForTheStageOfThePathGetsAPoint() {
        Map<String, List<String>> forLearning = Map.of("usage-stage", List.of("se-former"));
        assertThat(Signals.stageFit(forLearning, "se-former", "Se former")).hasValueSatisfying(r -> {
            assertThat(r.points()).isEqualTo(Signals.STAGE);
            assertThat(r.why()).contains("Se former");
        });
        assertThat(Signals.stageFit(forLearning, "agir", "Agir")).isEmpty();
        assertThat(Signals.stageFit(Map.of(), "agir", "Agir")).isEmpty();
    }
}
