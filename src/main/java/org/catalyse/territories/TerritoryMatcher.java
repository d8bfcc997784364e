package org.catalyse.territories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Finds territories for what a person types: a name (in any case, with or without accents, hyphens,
 * apostrophes, "st" for "saint"), a postal code or an official code. Ranked by match quality (a
 * territory's own name before a former name), then population.
 *
 * <p>One pass over the graph records each territory's best match in an array; a bounded heap then keeps
 * the {@code limit} best, so a short query matching thousands of names costs no more than a long one.
 */
final class TerritoryMatcher {

    /** A territory found, with how it matched. */
    record Candidate(TerritoryGraph.Node node, MatchQuality quality, String matchedBy, String matchedText) {}

    private static final Pattern FIVE_CHARS_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern POSTAL_PREFIX = Pattern.compile("[0-9]{2,4}");
    private static final Pattern DEPARTEMENT = Pattern.compile("[0-9]{2,3}|2A|2B");
    private static final Pattern EPCI = Pattern.compile("[0-9]{9}");

    private static final MatchQuality[] QUALITIES = MatchQuality.values();
    private static final byte NONE = Byte.MAX_VALUE;
    /** How a territory was matched, best source first for equal quality. */
    private static final byte BY_CODE = 0, BY_POSTAL_CODE = 1, BY_NAME = 2, BY_SECONDARY_NAME = 3;

    private TerritoryMatcher() {}

    static List<Candidate> match(TerritoryGraph graph, String query, Echelon echelon, int limit) {
        String raw = query == null ? "" : query.trim();
        String normalized = TerritoryNames.normalize(raw);
        if (normalized.isEmpty() || limit < 1) {
            return List.of();
        }
        Search search = new Search(graph, echelon);
        String code = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        search.byCode(code);
        search.byName(normalized);
        return search.best(limit, code, normalized);
    }

    /** The state of one lookup: per territory, its best match so far, as quality and source. */
    private static final class Search {
        final TerritoryGraph graph;
        final TerritoryGraph.Node[] nodes;
        final int[] populations;
        final Echelon echelon;
        final byte[] quality;
        final byte[] source;

        Search(TerritoryGraph graph, Echelon echelon) {
            this.graph = graph;
            this.nodes = graph.searchable();
            this.populations = graph.populations();
            this.echelon = echelon;
            this.quality = new byte[nodes.length];
            this.source = new byte[nodes.length];
            Arrays.fill(quality, NONE);
        }

        void offer(int position, MatchQuality q, byte by) {
            if (position < 0 || (echelon != null && nodes[position].id().echelon() != echelon)) {
                return;
            }
            byte ordinal = (byte) q.ordinal();
            if (ordinal < quality[position] || (ordinal == quality[position] && by < source[position])) {
                quality[position] = ordinal;
                source[position] = by;
            }
        }

        void offer(TerritoryId id, MatchQuality q, byte by) {
            offer(graph.searchPosition(id), q, by);
        }

        void byCode(String code) {
            if (FIVE_CHARS_CODE.matcher(code).matches()) {
                offer(new TerritoryId(Echelon.COMMUNE, code), MatchQuality.EXACT, BY_CODE);
                graph.communeForFormerCode(code).ifPresent(id -> offer(id, MatchQuality.EXACT, BY_CODE));
                for (TerritoryGraph.Node n : graph.withPostalCode(code)) {
                    offer(n.id(), MatchQuality.EXACT, BY_POSTAL_CODE);
                }
            }
            if (EPCI.matcher(code).matches()) {
                offer(new TerritoryId(Echelon.EPCI, code), MatchQuality.EXACT, BY_CODE);
            }
            if (DEPARTEMENT.matcher(code).matches()) {
                offer(new TerritoryId(Echelon.DEPARTEMENT, code), MatchQuality.EXACT, BY_CODE);
                if (Echelon.REGION.accepts(code)) {
                    offer(new TerritoryId(Echelon.REGION, code), MatchQuality.EXACT, BY_CODE);
                }
            }
            if (POSTAL_PREFIX.matcher(code).matches()) {
                graph.forPostalCodesStartingWith(code, (postalCode, positions) -> {
                    for (int position : positions) {
                        offer(position, MatchQuality.PREFIX, BY_POSTAL_CODE);
                    }
                });
            }
        }

        void byName(String query) {
            String[] words = query.split(" ");
            for (int i = 0; i < nodes.length; i++) {
                MatchQuality q = quality(nodes[i].normalizedName(), query, words);
                if (q != null) {
                    offer(i, q, BY_NAME);
                }
            }
            List<TerritoryGraph.Alias> aliases = graph.aliases();
            int[] targets = graph.aliasTargets();
            for (int a = 0; a < targets.length; a++) {
                MatchQuality q = quality(aliases.get(a).normalizedName(), query, words);
                if (q != null) {
                    offer(targets[a], q, BY_SECONDARY_NAME);
                }
            }
        }

        /** The {@code limit} best territories, best first. */
        List<Candidate> best(int limit, String code, String query) {
            Comparator<Integer> ranking = ranking();
            PriorityQueue<Integer> worstFirst = new PriorityQueue<>(limit + 1, ranking.reversed());
            for (int i = 0; i < nodes.length; i++) {
                if (quality[i] != NONE) {
                    worstFirst.add(i);
                    if (worstFirst.size() > limit) {
                        worstFirst.poll();
                    }
                }
            }
            List<Integer> kept = new ArrayList<>(worstFirst);
            kept.sort(ranking);
            String[] words = query.split(" ");
            return kept.stream().map(i -> candidate(i, code, query, words)).toList();
        }

        /** Best match, own name before former name, most populated, widest echelon, name, code. */
        private Comparator<Integer> ranking() {
            return Comparator.<Integer>comparingInt(i -> quality[i])
                    .thenComparingInt(i -> source[i] == BY_SECONDARY_NAME ? 1 : 0)
                    .thenComparingInt(i -> -populations[i])
                    .thenComparingInt(i -> -nodes[i].id().echelon().ordinal())
                    .thenComparing(i -> nodes[i].normalizedName())
                    .thenComparing(i -> nodes[i].id().code());
        }

        private Candidate candidate(int i, String code, String query, String[] words) {
            TerritoryGraph.Node node = nodes[i];
            MatchQuality q = QUALITIES[quality[i]];
            return switch (source[i]) {
                case BY_CODE -> new Candidate(node, q, "code", code);
                case BY_POSTAL_CODE ->
                    new Candidate(
                            node,
                            q,
                            "postal-code",
                            q == MatchQuality.EXACT ? code : postalCodeStartingWith(node, code));
                case BY_NAME -> new Candidate(node, q, "name", node.name());
                default ->
                    new Candidate(
                            node,
                            q,
                            "secondary-name",
                            graph.aliasesOf(node.id()).stream()
                                    .filter(a -> quality(a.normalizedName(), query, words) == q)
                                    .map(TerritoryGraph.Alias::name)
                                    .findFirst()
                                    .orElse(node.name()));
            };
        }
    }

    private static String postalCodeStartingWith(TerritoryGraph.Node node, String prefix) {
        for (String postalCode : node.postalCodes()) {
            if (postalCode.startsWith(prefix)) {
                return postalCode;
            }
        }
        return null;
    }

    /** How {@code name} matches the query, or null; both are normalized. */
    static MatchQuality quality(String name, String query, String[] words) {
        if (!name.contains(words[0])) {
            return null;
        }
        if (name.equals(query)) {
            return MatchQuality.EXACT;
        }
        if (name.startsWith(query)) {
            return MatchQuality.PREFIX;
        }
        if (startsWords(name, words)) {
            return MatchQuality.WORDS;
        }
        if (query.length() >= 3 && name.contains(query)) {
            return MatchQuality.CONTAINS;
        }
        return null;
    }

    /** Whether each query word starts a distinct word of the name. */
    private static boolean startsWords(String name, String[] words) {
        for (int w = 1; w < words.length; w++) {
            if (!name.contains(words[w])) {
                return false;
            }
        }
        String[] nameWords = name.split(" ");
        boolean[] used = new boolean[nameWords.length];
        for (String word : words) {
            boolean found = false;
            for (int i = 0; i < nameWords.length && !found; i++) {
                if (!used[i] && nameWords[i].startsWith(word)) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
