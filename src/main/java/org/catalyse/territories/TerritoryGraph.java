package org.catalyse.territories;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the territorial graph, read from the database once per import and kept in
 * memory: the graph is small (≈ 36,000 territories) and read on every page.
 */
final class TerritoryGraph {

    /** One territory and its links; lists are sorted and never modified after loading. */
    record Node(
            TerritoryId id,
            String name,
            String normalizedName,
            String kind,
            Integer population,
            String siren,
            boolean obsolete,
            TerritoryId successor,
            List<String> postalCodes,
            List<TerritoryId> parents,
            List<String> secondaryNames) {}

    /** A secondary name (former or associated commune, municipal arrondissement) of a commune. */
    record Alias(String code, String name, String normalizedName, String kind, TerritoryId commune) {}

    private final Map<TerritoryId, Node> nodes;
    private final Map<TerritoryId, Map<Echelon, List<Node>>> descendants;
    private final Map<String, List<Node>> byPostalCode;
    private final Map<String, TerritoryId> communeByFormerCode;
    private final List<Alias> aliases;
    private final Map<TerritoryId, List<Alias>> aliasesByCommune;
    private final Node[] searchable;
    private final int[] populations;
    private final Map<TerritoryId, Integer> searchPositions;
    private final int[] aliasTargets;
    private final String[] postalCodesSorted;
    private final int[][] postalCodePositions;

    private TerritoryGraph(
            Map<TerritoryId, Node> nodes,
            Map<TerritoryId, Map<Echelon, List<Node>>> descendants,
            Map<String, List<Node>> byPostalCode,
            Map<String, TerritoryId> communeByFormerCode,
            List<Alias> aliases) {
        this.nodes = nodes;
        this.descendants = descendants;
        this.byPostalCode = byPostalCode;
        this.communeByFormerCode = communeByFormerCode;
        this.aliases = aliases;
        this.searchable = nodes.values().stream().filter(n -> !n.obsolete()).toArray(Node[]::new);
        this.populations = new int[searchable.length];
        this.searchPositions = new HashMap<>();
        for (int i = 0; i < searchable.length; i++) {
            populations[i] = searchable[i].population() == null ? -1 : searchable[i].population();
            searchPositions.put(searchable[i].id(), i);
        }
        this.aliasTargets = aliases.stream()
                .mapToInt(a -> searchPositions.getOrDefault(a.commune(), -1))
                .toArray();
        Map<TerritoryId, List<Alias>> byCommune = new HashMap<>();
        aliases.forEach(a ->
                byCommune.computeIfAbsent(a.commune(), k -> new ArrayList<>()).add(a));
        this.aliasesByCommune = byCommune;
        this.postalCodesSorted = byPostalCode.keySet().stream().sorted().toArray(String[]::new);
        this.postalCodePositions = new int[postalCodesSorted.length][];
        for (int i = 0; i < postalCodesSorted.length; i++) {
            postalCodePositions[i] = byPostalCode.get(postalCodesSorted[i]).stream()
                    .mapToInt(n -> searchPositions.getOrDefault(n.id(), -1))
                    .toArray();
        }
    }

    static TerritoryGraph empty() {
        return new TerritoryGraph(Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Builds the indexes of a graph from its nodes, secondary names and former codes. */
    static TerritoryGraph of(Map<TerritoryId, Node> nodes, List<Alias> aliases, Map<String, TerritoryId> formerCodes) {
        formerCodes = new HashMap<>(formerCodes);
        Collator collator = Collator.getInstance(Locale.FRENCH);
        Comparator<Node> byName = Comparator.comparing(Node::name, collator).thenComparing(n -> n.id().code());
        List<Node> sorted = new ArrayList<>(nodes.values());
        sorted.sort(byName);
        Map<TerritoryId, Map<Echelon, List<Node>>> descendants = new HashMap<>();
        Map<String, List<Node>> byPostalCode = new HashMap<>();
        for (Node node : sorted) {
            if (node.obsolete()) {
                continue;
            }
            for (TerritoryId parent : node.parents()) {
                descendants
                        .computeIfAbsent(parent, k -> new EnumMap<>(Echelon.class))
                        .computeIfAbsent(node.id().echelon(), k -> new ArrayList<>())
                        .add(node);
            }
            for (String postalCode : node.postalCodes()) {
                byPostalCode.computeIfAbsent(postalCode, k -> new ArrayList<>()).add(node);
            }
        }
        descendants.values().forEach(m -> m.replaceAll((e, list) -> List.copyOf(list)));
        formerCodes
                .keySet()
                .removeIf(code -> nodes.containsKey(new TerritoryId(Echelon.COMMUNE, code))
                        && !nodes.get(new TerritoryId(Echelon.COMMUNE, code)).obsolete());
        return new TerritoryGraph(
                Collections.unmodifiableMap(nodes),
                descendants,
                byPostalCode,
                Map.copyOf(formerCodes),
                List.copyOf(aliases));
    }

    Optional<Node> node(TerritoryId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    Iterable<Node> nodes() {
        return nodes.values();
    }

    List<Alias> aliases() {
        return aliases;
    }

    /** The current (not obsolete) territories, in a fixed order that the arrays below share. */
    Node[] searchable() {
        return searchable;
    }

    /** Population of each searchable territory, -1 when unknown. */
    int[] populations() {
        return populations;
    }

    /** Position in {@link #searchable()} of the commune each alias belongs to, -1 if it is obsolete. */
    int[] aliasTargets() {
        return aliasTargets;
    }

    /** Position of a territory in {@link #searchable()}, or -1. */
    int searchPosition(TerritoryId id) {
        return searchPositions.getOrDefault(id, -1);
    }

    /** Calls {@code action} with each postal code starting with {@code prefix} and the positions using it. */
    void forPostalCodesStartingWith(String prefix, java.util.function.BiConsumer<String, int[]> action) {
        int from = java.util.Arrays.binarySearch(postalCodesSorted, prefix);
        for (int i = from < 0 ? -from - 1 : from;
                i < postalCodesSorted.length && postalCodesSorted[i].startsWith(prefix);
                i++) {
            action.accept(postalCodesSorted[i], postalCodePositions[i]);
        }
    }

    List<Alias> aliasesOf(TerritoryId commune) {
        return aliasesByCommune.getOrDefault(commune, List.of());
    }

    int size() {
        return nodes.size();
    }

    /** The current commune a former or secondary commune code now belongs to. */
    Optional<TerritoryId> communeForFormerCode(String code) {
        return Optional.ofNullable(communeByFormerCode.get(code));
    }

    List<Node> withPostalCode(String postalCode) {
        return byPostalCode.getOrDefault(postalCode, List.of());
    }

    /** The current territories inside {@code id} at one echelon, sorted by name. */
    List<Node> descendants(TerritoryId id, Echelon echelon) {
        return descendants.getOrDefault(id, Map.of()).getOrDefault(echelon, List.of());
    }

    Map<Echelon, Integer> descendantCounts(TerritoryId id) {
        Map<Echelon, Integer> counts = new EnumMap<>(Echelon.class);
        descendants.getOrDefault(id, Map.of()).forEach((echelon, list) -> counts.put(echelon, list.size()));
        return counts;
    }
}
