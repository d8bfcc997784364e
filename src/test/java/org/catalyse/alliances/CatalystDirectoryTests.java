package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;

class CatalystDirectoryTests {

    static final List<TerritoryId> MORLAIX = List.of(
            TerritoryId.parse("commune:29151"),
            TerritoryId.parse("epci:242900835"),
            TerritoryId.parse("departement:29"),
            TerritoryId.parse("region:53"),
            TerritoryId.parse("pays:FR"));

    static CatalystDirectory.Entry catalyst(String slug, String name, String... coverage) {
        return new CatalystDirectory.Entry(slug, name, List.of("dialogue-territorial"), List.of(coverage), null);
    }

    @Test
    void theNearestCoverageComesFirst() {
        CatalystDirectory directory = new CatalystDirectory(() -> List.of(
                catalyst("national", "Aaa national", "pays:FR"),
                catalyst("bretagne", "Bbb Bretagne", "region:53"),
                catalyst("morlaix-communaute", "Zzz Morlaix Communauté", "epci:242900835"),
                catalyst("finistere", "Ccc Finistère", "departement:29"),
                catalyst("isere", "Isère", "departement:38")));

        List<CatalystMatch> found = directory.covering(MORLAIX);

        assertThat(found)
                .extracting(CatalystMatch::slug)
                .containsExactly("morlaix-communaute", "finistere", "bretagne", "national");
        assertThat(found)
                .extracting(m -> m.matchedBy().toString())
                .containsExactly("epci:242900835", "departement:29", "region:53", "pays:FR");
    }

    @Test
    void anEpciOverTwoDepartementsListsTheirCatalystsTogetherByNameBeforeTheRegions() {
        // Parents as the graph may give them: one département with its région, then the other.
        List<TerritoryId> epci = List.of(
                TerritoryId.parse("epci:200067320"),
                TerritoryId.parse("departement:04"),
                TerritoryId.parse("region:93"),
                TerritoryId.parse("departement:05"),
                TerritoryId.parse("pays:FR"));
        CatalystDirectory directory = new CatalystDirectory(() -> List.of(
                catalyst("region", "Aaa Provence", "region:93"),
                catalyst("zz-04", "Zzz Alpes-de-Haute-Provence", "departement:04"),
                catalyst("bb-05", "Bbb Hautes-Alpes", "departement:05"),
                catalyst("both", "Région et Hautes-Alpes", "region:93", "departement:05")));

        List<CatalystMatch> found = directory.covering(epci);

        assertThat(found).extracting(CatalystMatch::slug).containsExactly("bb-05", "both", "zz-04", "region");
        assertThat(found.get(1).matchedBy()).isEqualTo(TerritoryId.parse("departement:05"));
    }

    @Test
    void aCatalystCoveringSeveralLevelsIsListedOnceAtItsNearest() {
        CatalystDirectory directory = new CatalystDirectory(
                () -> List.of(catalyst("both", "Both", "region:53", "commune:29151", "departement:22")));

        List<CatalystMatch> found = directory.covering(MORLAIX);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).matchedBy()).isEqualTo(TerritoryId.parse("commune:29151"));
    }

    @Test
    void sameLevelByNameAndNothingOutside() {
        CatalystDirectory directory = new CatalystDirectory(() -> List.of(
                catalyst("b", "béta", "region:53"),
                catalyst("a", "Alpha", "region:53"),
                catalyst("x", "X", "region:84")));

        assertThat(directory.covering(MORLAIX)).extracting(CatalystMatch::slug).containsExactly("a", "b");
    }

    @Test
    void readsTheCatalystsOnceUntilAChange() {
        AtomicInteger loads = new AtomicInteger();
        List<CatalystDirectory.Entry> entries = new ArrayList<>(List.of(catalyst("a", "A", "region:53")));
        CatalystDirectory directory = new CatalystDirectory(() -> {
            loads.incrementAndGet();
            return List.copyOf(entries);
        });

        directory.covering(MORLAIX);
        directory.covering(MORLAIX);
        assertThat(loads).hasValue(1);

        entries.add(catalyst("b", "B", "departement:29"));
        directory.invalidate();
        assertThat(directory.covering(MORLAIX)).extracting(CatalystMatch::slug).containsExactly("b", "a");
        assertThat(loads).hasValue(2);
    }
}
