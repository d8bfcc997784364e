package org.catalyse.territories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small territorial graphs written in the domain's words, for unit tests. */
final class TestGraphs {

    static final TerritoryId ISERE = new TerritoryId(Echelon.DEPARTEMENT, "38");
    static final TerritoryId LOIRE = new TerritoryId(Echelon.DEPARTEMENT, "42");
    static final TerritoryId SEINE_MARITIME = new TerritoryId(Echelon.DEPARTEMENT, "76");
    static final TerritoryId SEINE_SAINT_DENIS = new TerritoryId(Echelon.DEPARTEMENT, "93");
    static final TerritoryId ARA = new TerritoryId(Echelon.REGION, "84");
    static final TerritoryId NORMANDIE = new TerritoryId(Echelon.REGION, "28");
    static final TerritoryId IDF = new TerritoryId(Echelon.REGION, "11");
    static final TerritoryId GRENOBLE_ALPES = new TerritoryId(Echelon.EPCI, "200040715");
    static final TerritoryId SAINT_ETIENNE_METROPOLE = new TerritoryId(Echelon.EPCI, "244200770");
    static final TerritoryId GRENOBLE = new TerritoryId(Echelon.COMMUNE, "38185");
    static final TerritoryId ECHIROLLES = new TerritoryId(Echelon.COMMUNE, "38151");
    static final TerritoryId SAINT_ETIENNE = new TerritoryId(Echelon.COMMUNE, "42218");
    static final TerritoryId SAINT_ETIENNE_DU_ROUVRAY = new TerritoryId(Echelon.COMMUNE, "76575");
    static final TerritoryId SAINT_DENIS = new TerritoryId(Echelon.COMMUNE, "93066");
    static final TerritoryId OLD_COMMUNE = new TerritoryId(Echelon.COMMUNE, "38999");

    private TestGraphs() {}

    /** Grenoble, Échirolles, two Saint-Étienne, Saint-Denis, their EPCI, départements, régions, France. */
    static TerritoryGraph sample() {
        Map<TerritoryId, TerritoryGraph.Node> nodes = new LinkedHashMap<>();
        put(nodes, TerritoryId.FRANCE, "France", 68_000_000, List.of());
        put(nodes, ARA, "Auvergne-Rhône-Alpes", 8_000_000, List.of(TerritoryId.FRANCE));
        put(nodes, NORMANDIE, "Normandie", 3_300_000, List.of(TerritoryId.FRANCE));
        put(nodes, IDF, "Île-de-France", 12_000_000, List.of(TerritoryId.FRANCE));
        put(nodes, ISERE, "Isère", 1_300_000, List.of(ARA, TerritoryId.FRANCE));
        put(nodes, LOIRE, "Loire", 770_000, List.of(ARA, TerritoryId.FRANCE));
        put(nodes, SEINE_MARITIME, "Seine-Maritime", 1_250_000, List.of(NORMANDIE, TerritoryId.FRANCE));
        put(nodes, SEINE_SAINT_DENIS, "Seine-Saint-Denis", 1_650_000, List.of(IDF, TerritoryId.FRANCE));
        put(nodes, GRENOBLE_ALPES, "Grenoble-Alpes-Métropole", 449_509, List.of(ISERE, ARA, TerritoryId.FRANCE));
        put(
                nodes,
                SAINT_ETIENNE_METROPOLE,
                "Saint-Étienne Métropole",
                407_700,
                List.of(LOIRE, ARA, TerritoryId.FRANCE));
        commune(nodes, GRENOBLE, "Grenoble", 156_140, List.of("38000", "38100"), GRENOBLE_ALPES, ISERE, ARA);
        commune(nodes, ECHIROLLES, "Échirolles", 37_000, List.of("38130"), GRENOBLE_ALPES, ISERE, ARA);
        commune(
                nodes,
                SAINT_ETIENNE,
                "Saint-Étienne",
                173_136,
                List.of("42000", "42100"),
                SAINT_ETIENNE_METROPOLE,
                LOIRE,
                ARA);
        commune(
                nodes,
                SAINT_ETIENNE_DU_ROUVRAY,
                "Saint-Étienne-du-Rouvray",
                28_000,
                List.of("76800"),
                null,
                SEINE_MARITIME,
                NORMANDIE);
        commune(nodes, SAINT_DENIS, "Saint-Denis", 149_077, List.of("93200", "93210"), null, SEINE_SAINT_DENIS, IDF);
        nodes.put(
                OLD_COMMUNE,
                new TerritoryGraph.Node(
                        OLD_COMMUNE,
                        "Vieux-Bourg",
                        TerritoryNames.normalize("Vieux-Bourg"),
                        null,
                        120,
                        null,
                        true,
                        GRENOBLE,
                        List.of(),
                        List.of(),
                        List.of()));
        List<TerritoryGraph.Alias> aliases = List.of(new TerritoryGraph.Alias(
                "38998",
                "Saint-Martin-le-Vinoux",
                TerritoryNames.normalize("Saint-Martin-le-Vinoux"),
                "deleguee",
                GRENOBLE));
        return TerritoryGraph.of(nodes, aliases, Map.of("38998", GRENOBLE, "38999", GRENOBLE));
    }

    private static void put(
            Map<TerritoryId, TerritoryGraph.Node> nodes,
            TerritoryId id,
            String name,
            int population,
            List<TerritoryId> parents) {
        nodes.put(
                id,
                new TerritoryGraph.Node(
                        id,
                        name,
                        TerritoryNames.normalize(name),
                        null,
                        population,
                        null,
                        false,
                        null,
                        List.of(),
                        parents,
                        List.of()));
    }

    private static void commune(
            Map<TerritoryId, TerritoryGraph.Node> nodes,
            TerritoryId id,
            String name,
            int population,
            List<String> postalCodes,
            TerritoryId epci,
            TerritoryId departement,
            TerritoryId region) {
        List<TerritoryId> parents = epci == null
                ? List.of(departement, region, TerritoryId.FRANCE)
                : List.of(epci, departement, region, TerritoryId.FRANCE);
        nodes.put(
                id,
                new TerritoryGraph.Node(
                        id,
                        name,
                        TerritoryNames.normalize(name),
                        null,
                        population,
                        null,
                        false,
                        null,
                        postalCodes,
                        parents,
                        List.of()));
    }
}
