package org.catalyse.territories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds territories for what a person types: a name (in any case, with or without accents, hyphens,
 * apostrophes, "st" for "saint"), a postal code or an official code. Ranked by match quality, then
 * population.
 */
final class TerritoryMatcher {

    /** A territory found, with how it matched. */
    record Candidate(TerritoryGraph.Node node, MatchQuality quality, String matchedBy, String matchedText) {}

    private static final Pattern FIVE_CHARS_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern POSTAL_PREFIX = Pattern.compile("[0-9]{2,4}");
    private static final Pattern DEPARTEMENT = Pattern.compile("[0-9]{2,3}|2A|2B");
    private static final Pattern EPCI = Pattern.compile("[0-9]{9}");

    /** Best match first, a territory's own name before a former name, then the most populated. */
    static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::quality)
            .thenComparing(c -> "secondary-name".equals(c.matchedBy()))
            .thenComparing(c -> c.node().population() == null ? -1 : c.node().population(), Comparator.reverseOrder())
            .thenComparing(c -> c.node().id().echelon(), Comparator.reverseOrder())
            .thenComparing(c -> c.node().normalizedName())
            .thenComparing(c -> c.node().id().code());

    private TerritoryMatcher() {}

    static List<Candidate> match(TerritoryGraph graph, String query, Echelon echelon, int limit) {
        String raw = query == null ? "" : query.trim();
        String normalized = TerritoryNames.normalize(raw);
        if (normalized.isEmpty() || limit < 1) {
            return List.of();
        }
        Map<TerritoryId, Candidate> best = new HashMap<>();
        String compact = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        byCode(graph, compact, best);
        byName(graph, normalized, best);
        return best.values().stream()
                .filter(c -> echelon == null || c.node().id().echelon() == echelon)
                .sorted(RANKING)
                .limit(limit)
                .toList();
    }

    private static void byCode(TerritoryGraph graph, String code, Map<TerritoryId, Candidate> best) {
        if (FIVE_CHARS_CODE.matcher(code).matches()) {
            graph.node(new TerritoryId(Echelon.COMMUNE, code))
                    .ifPresent(n -> offer(best, new Candidate(n, MatchQuality.EXACT, "code", code)));
            graph.communeForFormerCode(code)
                    .flatMap(graph::node)
                    .ifPresent(n -> offer(best, new Candidate(n, MatchQuality.EXACT, "code", code)));
            for (TerritoryGraph.Node n : graph.withPostalCode(code)) {
                offer(best, new Candidate(n, MatchQuality.EXACT, "postal-code", code));
            }
        }
        if (EPCI.matcher(code).matches()) {
            graph.node(new TerritoryId(Echelon.EPCI, code))
                    .ifPresent(n -> offer(best, new Candidate(n, MatchQuality.EXACT, "code", code)));
        }
        if (DEPARTEMENT.matcher(code).matches()) {
            graph.node(new TerritoryId(Echelon.DEPARTEMENT, code))
                    .ifPresent(n -> offer(best, new Candidate(n, MatchQuality.EXACT, "code", code)));
            if (Echelon.REGION.accepts(code)) {
                graph.node(new TerritoryId(Echelon.REGION, code))
                        .ifPresent(n -> offer(best, new Candidate(n, MatchQuality.EXACT, "code", code)));
            }
        }
        if (POSTAL_PREFIX.matcher(code).matches()) {
            for (TerritoryGraph.Node n : graph.nodes()) {
                if (n.id().echelon() != Echelon.COMMUNE || n.obsolete()) {
                    continue;
                }
                for (String postalCode : n.postalCodes()) {
                    if (postalCode.startsWith(code)) {
                        offer(best, new Candidate(n, MatchQuality.PREFIX, "postal-code", postalCode));
                        break;
                    }
                }
            }
        }
    }

    private static void byName(TerritoryGraph graph, String query, Map<TerritoryId, Candidate> best) {
        String[] words = query.split(" ");
        for (TerritoryGraph.Node n : graph.nodes()) {
            if (n.obsolete()) {
                continue;
            }
            MatchQuality quality = quality(n.normalizedName(), query, words);
            if (quality != null) {
                offer(best, new Candidate(n, quality, "name", n.name()));
            }
        }
        for (TerritoryGraph.Alias alias : graph.aliases()) {
            MatchQuality quality = quality(alias.normalizedName(), query, words);
            if (quality != null) {
                graph.node(alias.commune())
                        .ifPresent(n -> offer(best, new Candidate(n, quality, "secondary-name", alias.name())));
            }
        }
    }

    /** How {@code name} matches the query, or null; both are normalized. */
    static MatchQuality quality(String name, String query, String[] words) {
        if (name.equals(query)) {
            return MatchQuality.EXACT;
        }
        if (name.startsWith(query)) {
            return MatchQuality.PREFIX;
        }
        if (!name.contains(words[0])) {
            return null;
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
        for (String word : words) {
            if (!name.contains(word)) {
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

    /** Keeps the better of two matches of the same territory; on a tie, the one found first. */
    private static void offer(Map<TerritoryId, Candidate> best, Candidate candidate) {
        best.merge(candidate.node().id(), candidate, (a, b) -> b.quality().compareTo(a.quality()) < 0 ? b : a);
    }
}
