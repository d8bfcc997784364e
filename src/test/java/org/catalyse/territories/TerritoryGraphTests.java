package org.catalyse.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catalyse.territories.TestGraphs.*;

import java.util.Map;
import org.catalyse.shared.PageRequest;
import org.junit.jupiter.api.Test;

class TerritoryGraphTests {

    final TerritoryGraph graph = TestGraphs.sample();
    final Territories territories = new Territories(() -> graph);

    @Test
    void aCommuneBelongsToItsEpciDepartementRegionAndFrance() {
        assertThat(territories.enclosing(GRENOBLE))
                .containsExactly(GRENOBLE, GRENOBLE_ALPES, ISERE, ARA, TerritoryId.FRANCE);
        assertThat(territories.contains(ISERE, GRENOBLE)).isTrue();
        assertThat(territories.contains(TerritoryId.FRANCE, GRENOBLE)).isTrue();
        assertThat(territories.contains(LOIRE, GRENOBLE)).isFalse();
        assertThat(territories.contains(GRENOBLE, ISERE)).isFalse();
    }

    @Test
    void listsTheParentsOfATerritoryNarrowestFirstWithTheirNames() {
        assertThat(territories.get(GRENOBLE).parents())
                .extracting(TerritoryRef::name)
                .containsExactly("Grenoble-Alpes-Métropole", "Isère", "Auvergne-Rhône-Alpes", "France");
    }

    @Test
    void countsAndPagesTheTerritoriesInside() {
        assertThat(territories.childrenCounts(ISERE)).isEqualTo(Map.of(Echelon.EPCI, 1, Echelon.COMMUNE, 2));
        var communes = territories.children(ISERE, Echelon.COMMUNE, new PageRequest(1, 1));
        assertThat(communes.total()).isEqualTo(2);
        assertThat(communes.totalPages()).isEqualTo(2);
        assertThat(communes.items()).extracting(TerritoryView::name).containsExactly("Échirolles");
        assertThat(territories
                        .children(ISERE, Echelon.COMMUNE, new PageRequest(2, 1))
                        .items())
                .extracting(TerritoryView::name)
                .containsExactly("Grenoble");
    }

    @Test
    void listsEveryEchelonWidestFirstWhenNoneIsChosen() {
        assertThat(territories.children(ARA, null, new PageRequest(1, 50)).items())
                .extracting(TerritoryView::id)
                .containsExactly(
                        ISERE, LOIRE, GRENOBLE_ALPES, SAINT_ETIENNE_METROPOLE, ECHIROLLES, GRENOBLE, SAINT_ETIENNE);
    }

    @Test
    void answersAnEmptyPageBeyondTheLast() {
        var page = territories.children(ISERE, Echelon.COMMUNE, new PageRequest(99, 50));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void keepsObsoleteCommunesOutOfChildrenButFindsThemByCode() {
        assertThat(territories.find(OLD_COMMUNE)).hasValueSatisfying(t -> {
            assertThat(t.obsolete()).isTrue();
            assertThat(t.successor().id()).isEqualTo(GRENOBLE);
        });
        assertThat(territories
                        .children(TerritoryId.FRANCE, Echelon.COMMUNE, new PageRequest(1, 50))
                        .items())
                .extracting(TerritoryView::id)
                .doesNotContain(OLD_COMMUNE);
    }

    @Test
    void pointsAFormerCommuneCodeToTheCurrentCommune() {
        assertThat(territories.currentCommuneFor("38998")).contains(GRENOBLE);
        assertThat(territories.currentCommuneFor("38185")).isEmpty();
    }
}
