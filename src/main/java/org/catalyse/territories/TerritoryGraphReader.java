package org.catalyse.territories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the territorial graph from the database into an in-memory {@link TerritoryGraph}. */
final class TerritoryGraphReader {

    private TerritoryGraphReader() {}

    static TerritoryGraph read(JdbcTemplate jdbc) {
        Map<String, List<TerritoryId>> parents = new HashMap<>();
        jdbc.query("select child_id, parent_id from territory_parent", rs -> {
            parents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(4)).add(TerritoryId.parse(rs.getString(2)));
        });
        Map<String, List<String>> postal = new HashMap<>();
        jdbc.query("select territory_id, postal_code from territory_postal_code order by postal_code", rs -> {
            postal.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(rs.getString(2));
        });
        List<TerritoryGraph.Alias> aliases = new ArrayList<>();
        Map<String, List<String>> secondary = new HashMap<>();
        Map<String, TerritoryId> formerCodes = new HashMap<>();
        jdbc.query("select code, kind, name, territory_id from territory_secondary_name order by name", rs -> {
            TerritoryId commune = TerritoryId.parse(rs.getString(4));
            String name = rs.getString(3);
            aliases.add(new TerritoryGraph.Alias(
                    rs.getString(1), name, TerritoryNames.normalize(name), rs.getString(2), commune));
            secondary
                    .computeIfAbsent(commune.toString(), k -> new ArrayList<>())
                    .add(name);
            formerCodes.putIfAbsent(rs.getString(1), commune);
        });
        jdbc.query("select code, territory_id from territory_former_code", rs -> {
            formerCodes.putIfAbsent(rs.getString(1), TerritoryId.parse(rs.getString(2)));
        });
        Map<TerritoryId, TerritoryGraph.Node> nodes = new LinkedHashMap<>();
        Comparator<TerritoryId> narrowestFirst = Comparator.comparing(TerritoryId::echelon);
        jdbc.query(
                "select id, name, kind, population, siren, obsolete, successor_id from territory order by id", rs -> {
                    String id = rs.getString(1);
                    List<TerritoryId> up = new ArrayList<>(parents.getOrDefault(id, List.of()));
                    up.sort(narrowestFirst.thenComparing(TerritoryId::code));
                    int population = rs.getInt(4);
                    boolean noPopulation = rs.wasNull();
                    String successor = rs.getString(7);
                    String name = rs.getString(2);
                    TerritoryId territoryId = TerritoryId.parse(id);
                    List<String> names = secondary.getOrDefault(id, List.of()).stream()
                            .filter(n -> !n.equals(name))
                            .toList();
                    nodes.put(
                            territoryId,
                            new TerritoryGraph.Node(
                                    territoryId,
                                    name,
                                    TerritoryNames.normalize(name),
                                    rs.getString(3),
                                    noPopulation ? null : population,
                                    rs.getString(5),
                                    rs.getBoolean(6),
                                    successor == null ? null : TerritoryId.parse(successor),
                                    List.copyOf(postal.getOrDefault(id, List.of())),
                                    List.copyOf(up),
                                    names));
                });
        return TerritoryGraph.of(nodes, aliases, formerCodes);
    }
}
