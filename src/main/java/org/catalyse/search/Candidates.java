package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for a personal path: the objects of some types (and, for resources, some MEDOC types) near a place,
 * the best first by the signals they match, with their qualifiers and territories for the caller to rank and
 * explain. The index only preselects; the caller's named signals decide.
 */
@Service
public class Candidates {

    /** What to look for. */
    public record Wanted(
            /** the object type, e.g. {@code resource} or {@code case} */
            String type,
            /** wanted values by axis: alternatives within an axis, conditions across axes (may be empty) */
            Map<String, List<String>> filters,
            /** territory ids the object may be attached to (a place and what encloses it) */
            List<String> attachedToAnyOf,
            /** or a territory the object may lie within (e.g. the région), or null */
            String within,
            /** preferred facet values ({@code axis:value}) with their weight */
            Map<String, Float> preferred,
            /** preferred attached territories with their weight */
            Map<String, Float> preferredTerritories,
            /** word beginnings whose presence adds {@code wordsWeight} (e.g. {@code evalu}), may be empty */
            List<String> words,
            float wordsWeight,
            int limit) {}

    /** One candidate with what the caller needs to rank and explain it. */
    public record Candidate(
            String type,
            String key,
            String title,
            String summary,
            String url,
            LocalDate date,
            Map<String, List<String>> qualifiers,
            List<String> territories) {}

    private final EntityManager entityManager;

    Candidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<Candidate> find(Wanted w) {
        List<Candidate> out = new ArrayList<>();
        for (Scored x : best(w, parts(w))) {
            out.add(x.entry().candidate());
        }
        return out;
    }

    /** The best few of {@code w} found by searching each of {@code parts} for its own best few, then merging. */
    List<Scored> best(Wanted w, List<Wanted> parts) {
        var session = Search.session(entityManager);
        int limit = Math.max(1, Math.min(w.limit(), 200));
        List<Scored> best = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Wanted part : parts) {
            List<List<?>> hits = session.search(SearchEntry.class)
                    .select(f -> f.composite().from(f.entity(), f.score()).asList())
                    .where(predicate(session.scope(SearchEntry.class).predicate(), part))
                    // Only the best few are wanted, never how many match: Lucene may skip what cannot make the top.
                    .totalHitCountThreshold(limit)
                    .fetchHits(limit);
            for (List<?> hit : hits) {
                SearchEntry e = (SearchEntry) hit.get(0);
                // The parts are searched in order; an object found by an earlier (narrower) part keeps its score.
                if (seen.add(e.id())) {
                    best.add(new Scored(e, (Float) hit.get(1), best.size()));
                }
            }
        }
        if (parts.size() > 1) {
            best.sort(Comparator.comparingDouble((Scored x) -> -x.score()).thenComparingInt(Scored::order));
        }
        return best.subList(0, Math.min(limit, best.size()));
    }

    record Scored(SearchEntry entry, float score, int order) {}

    /**
     * The searches that together give the best few of {@code w}. When the place filter holds a narrow part (a
     * commune, its EPCI, département, région, or what lies within the région) beside the country, the two are
     * searched apart: most objects are attached to the country, and one query over both would have Lucene score
     * every one of them, as the rare narrow matches keep the bar of the top low. Apart, the narrow part is small,
     * and in the national part the best few are reached quickly, so Lucene skips the rest. The national part
     * leaves out the narrow territories' preferences: an object attached to them is in the narrow part with its
     * full score, and an under-scored copy can only take a place an exactly scored object would not have had
     * (docs/decisions/0014). The best few of the two parts, merged by score, are the best few of the whole.
     */
    static List<Wanted> parts(Wanted w) {
        List<String> national =
                w.attachedToAnyOf().stream().filter(Candidates::national).toList();
        List<String> narrow =
                w.attachedToAnyOf().stream().filter(t -> !national(t)).toList();
        if (national.isEmpty() || (narrow.isEmpty() && w.within() == null)) {
            return List.of(w);
        }
        Wanted local = new Wanted(
                w.type(),
                w.filters(),
                narrow,
                w.within(),
                w.preferred(),
                w.preferredTerritories(),
                w.words(),
                w.wordsWeight(),
                w.limit());
        Map<String, Float> nationalPreferences = new LinkedHashMap<>();
        w.preferredTerritories().forEach((t, weight) -> {
            if (national(t)) {
                nationalPreferences.put(t, weight);
            }
        });
        Wanted wide = new Wanted(
                w.type(),
                w.filters(),
                national,
                null,
                w.preferred(),
                nationalPreferences,
                w.words(),
                w.wordsWeight(),
                w.limit());
        return List.of(local, wide);
    }

    /** A territory id of the country echelon ({@code pays:FR}). */
    private static boolean national(String territory) {
        return territory.startsWith("pays:");
    }

    private static SearchPredicate predicate(SearchPredicateFactory f, Wanted w) {
        var bool = f.bool();
        bool.must(f.matchAll().constantScore().boost(0.001f));
        bool.filter(f.match().field("type").matching(w.type()));
        w.filters().forEach((axis, values) -> {
            var any = f.bool();
            values.forEach(v -> any.should(f.match().field("facets").matching(axis + ":" + v)));
            bool.filter(any);
        });
        if (!w.attachedToAnyOf().isEmpty() || w.within() != null) {
            var place = f.bool();
            w.attachedToAnyOf()
                    .forEach(t -> place.should(f.match().field("territories").matching(t)));
            if (w.within() != null) {
                place.should(f.match().field("within").matching(w.within()));
            }
            bool.filter(place);
        }
        w.preferred()
                .forEach((facet, weight) -> bool.should(f.match()
                        .field("facets")
                        .matching(facet)
                        .constantScore()
                        .boost(weight)));
        w.preferredTerritories()
                .forEach((territory, weight) -> bool.should(f.match()
                        .field("territories")
                        .matching(territory)
                        .constantScore()
                        .boost(weight)));
        if (!w.words().isEmpty()) {
            bool.should(f.simpleQueryString()
                    .field(SearchEntry.ALL)
                    .matching(String.join(
                            " ", w.words().stream().map(x -> x + "*").toList()))
                    .defaultOperator(BooleanOperator.OR)
                    .flags(Set.of(SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE))
                    .constantScore()
                    .boost(w.wordsWeight()));
        }
        return bool.toPredicate();
    }

    static Map<String, List<String>> qualifiers(List<String> facets) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (String facet : facets) {
            int colon = facet.indexOf(':');
            if (colon > 0) {
                q.computeIfAbsent(facet.substring(0, colon), k -> new ArrayList<>())
                        .add(facet.substring(colon + 1));
            }
        }
        return q;
    }
}
