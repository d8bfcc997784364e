package org.catalyse.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class SignalsTests {

    /** The reasons' words as the French pages show them. */
    static final Signals.Words W = words(Locale.FRENCH);

    static Signals.Words words(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return (key, args) -> messages.getMessage(key, args, locale);
    }

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
        double commune = Signals.territorialProximity(W, List.of("commune:29151"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double epci = Signals.territorialProximity(W, List.of("epci:242900835"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double departement = Signals.territorialProximity(W, List.of("departement:29"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double region = Signals.territorialProximity(W, List.of("region:53"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double france = Signals.territorialProximity(W, List.of("pays:FR"), morlaix(), List.of())
                .orElseThrow()
                .points();
        double elsewhereInRegion = Signals.territorialProximity(
                        W, List.of("commune:35238"), morlaix(), List.of("Bretagne"))
                .orElseThrow()
                .points();
        assertThat(List.of(commune, epci, departement, region, france))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(elsewhereInRegion).isLessThan(region).isGreaterThan(france);
        assertThat(Signals.territorialProximity(W, List.of("commune:38185"), morlaix(), List.of()))
                .isEmpty();
        // The narrowest tie wins when a case is attached to several places.
        assertThat(Signals.territorialProximity(W, List.of("region:53", "commune:29151"), morlaix(), List.of())
                        .orElseThrow()
                        .why())
                .isEqualTo("à Morlaix");
        // Attached to France and to a commune elsewhere in the région: the région is the better of the two.
        assertThat(Signals.territorialProximity(W, List.of("pays:FR", "commune:35238"), morlaix(), List.of("Bretagne"))
                        .orElseThrow()
                        .points())
                .isEqualTo(elsewhereInRegion);
    }

    @Test
    void maturityFitPrefersTheUsersLevelThenTheNextOne() {
        Map<String, List<String>> forLevel2 = Map.of("maturity-level", List.of("experimenter"));
        Map<String, List<String>> forLevel3 = Map.of("maturity-level", List.of("structurer"));
        Map<String, List<String>> forLevel4 = Map.of("maturity-level", List.of("essaimer"));
        assertThat(Signals.maturityFit(W, forLevel2, LEVELS, 2, LABELS)
                        .orElseThrow()
                        .points())
                .isEqualTo(Signals.MATURITY_SAME);
        assertThat(Signals.maturityFit(W, forLevel3, LEVELS, 2, LABELS)
                        .orElseThrow()
                        .points())
                .isEqualTo(Signals.MATURITY_NEXT);
        assertThat(Signals.maturityFit(W, forLevel4, LEVELS, 2, LABELS)).isEmpty();
        assertThat(Signals.maturityFit(W, forLevel4, LEVELS, 4, LABELS)
                        .orElseThrow()
                        .why())
                .contains("Essaimer");
        assertThat(Signals.maturityFit(W, forLevel2, LEVELS, 0, LABELS))
                .as("no maturity given")
                .isEmpty();
    }

    @Test
    void profileDomainAndObjectiveMatchOnlyTheirOwnAxis() {
        Map<String, List<String>> q = Map.of(
                "actor-profile", List.of("associations"),
                "action-domain", List.of("emploi-insertion"),
                "partnership-objective", List.of("innovation"));
        assertThat(Signals.profileMatch(W, q, "associations", "Associations")).isPresent();
        assertThat(Signals.profileMatch(W, q, "entreprises", "Entreprises")).isEmpty();
        assertThat(Signals.domainMatch(W, q, Map.of("emploi-insertion", "Emploi")))
                .isPresent();
        assertThat(Signals.domainMatch(W, q, Map.of("culture-patrimoine", "Culture")))
                .isEmpty();
        assertThat(Signals.objectiveMatch(W, q, Map.of("innovation", "Innovation"))
                        .orElseThrow()
                        .why())
                .contains("Innovation");
        assertThat(Signals.objectiveMatch(W, q, Map.of("confiance", "Confiance")))
                .isEmpty();
    }

    @Test
    void freshnessFadesOverFiveYears() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(Signals.freshness(W, LocalDate.of(2026, 6, 1), today)
                        .orElseThrow()
                        .points())
                .isEqualTo(1.0);
        double three = Signals.freshness(W, LocalDate.of(2023, 12, 1), today)
                .orElseThrow()
                .points();
        assertThat(three).isBetween(0.4, 0.6);
        assertThat(Signals.freshness(W, LocalDate.of(2020, 1, 1), today)).isEmpty();
        assertThat(Signals.freshness(W, null, today)).isEmpty();
    }

    @Test
    void focusFindsTheWordsOfTheAxisToWorkOn() {
        Map<String, List<String>> words = Map.of("evaluation", List.of("evalu"));
        assertThat(Signals.axisFocus(
                        W, "evaluer un partenariat : les sept approches", words, Map.of("evaluation", "Évaluation")))
                .hasValueSatisfying(r -> assertThat(r.why()).contains("Évaluation"));
        assertThat(Signals.axisFocus(W, "mecenat de competences", words, Map.of("evaluation", "Évaluation")))
                .isEmpty();
    }

    @Test
    void aSuggestionMadeForTheStageOfThePathGetsAPoint() {
        Map<String, List<String>> forLearning = Map.of("usage-stage", List.of("se-former"));
        assertThat(Signals.stageFit(W, forLearning, "se-former", "Se former")).hasValueSatisfying(r -> {
            assertThat(r.points()).isEqualTo(Signals.STAGE);
            assertThat(r.why()).contains("Se former");
        });
        assertThat(Signals.stageFit(W, forLearning, "agir", "Agir")).isEmpty();
        assertThat(Signals.stageFit(W, Map.of(), "agir", "Agir")).isEmpty();
    }

    @Test
    void reasonsAreWordedInTheAskersLanguage() {
        Map<String, List<String>> forAssociations = Map.of("actor-profile", List.of("associations"));
        assertThat(Signals.profileMatch(W, forAssociations, "associations", "Associations")
                        .orElseThrow()
                        .why())
                .isEqualTo("concerne le profil « Associations »");
        assertThat(Signals.profileMatch(words(Locale.ENGLISH), forAssociations, "associations", "Associations")
                        .orElseThrow()
                        .why())
                .isEqualTo("meant for “Associations”");
        assertThat(Signals.freshness(words(Locale.ENGLISH), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1))
                        .orElseThrow()
                        .why())
                .isEqualTo("recent (2026)");
    }
}
