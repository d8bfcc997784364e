package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
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
        var session = Search.session(entityManager);
        int limit = Math.max(1, Math.min(w.limit(), 200));
        List<SearchEntry> hits = session.search(SearchEntry.class)
                .where(predicate(session.scope(SearchEntry.class).predicate(), w))
                // Only the best few are wanted, never how many match: Lucene may skip what cannot make the top.
                .totalHitCountThreshold(limit)
                .fetchHits(limit);
        List<Candidate> out = new ArrayList<>(hits.size());
        for (SearchEntry e : hits) {
            out.add(e.candidate());
        }
        return out;
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
