package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for a personal path: the objects of some types (and, for resources, some MEDOC types) near a place,
 * the best first by the signals they match, with their qualifiers and territories for the caller to rank and
 * explain. The index only preselects; the caller's named signals decide.
 */
@Service
public class Candidates implements DisposableBean {

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
    private volatile Boolean lucene;
    /** Threads that search the segments of the index side by side. */
    private final ExecutorService threads = SearchEngine.threads("path-candidates-");

    Candidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }

    @Transactional(readOnly = true)
    public List<Candidate> find(Wanted w) {
        List<Wanted> parts = parts(w);
        List<Found> best = lucene() ? bestWithLucene(w, parts, null) : best(w, parts);
        return load(best.stream().map(Found::id).toList());
    }

    /** The candidates of these entry ids, in the same order. */
    private List<Candidate> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, SearchEntry> byId = new HashMap<>();
        entityManager
                .createQuery("select e from SearchEntry e where e.id in :ids", SearchEntry.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(e -> byId.put(e.id(), e));
        List<Candidate> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            SearchEntry e = byId.get(id);
            if (e != null) {
                out.add(e.candidate());
            }
        }
        return out;
    }

    /** Whether the index is on the (embedded) Lucene backend, where the best few are found in Lucene directly. */
    private boolean lucene() {
        Boolean found = lucene;
        if (found == null) {
            found = Search.mapping(entityManager.getEntityManagerFactory())
                            .indexedEntity(SearchEntry.class)
                            .indexManager()
                    instanceof LuceneIndexManager;
            lucene = found;
        }
        return found;
    }

    /**
     * The best few of {@code w}, in Lucene directly, with the same scores as {@link #best} (see {@link #top}), each
     * part searched for its own best few, then merged.
     */
    List<Found> bestWithLucene(Wanted w, List<Wanted> parts, Boolean conditionsLead) {
        int limit = Math.max(1, Math.min(w.limit(), 200));
        var session = Search.session(entityManager);
        try (IndexReader reader = session.scope(SearchEntry.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader, threads);
            Merged best = new Merged();
            for (Wanted part : parts) {
                for (ScoreDoc d : top(searcher, part, limit, conditionsLead)) {
                    best.add(TopHits.idOf(reader.leaves(), d.doc), d.score);
                }
            }
            return best.top(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entry found, its score and the order it was found in. */
    record Found(String id, float score, int order) {}

    /**
     * The best few of every part, merged: the parts are searched in order, and an object found by an earlier
     * (narrower) part keeps the score it had there; the best first, equal scores in the order found.
     */
    private static final class Merged {
        private final List<Found> found = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        void add(String id, float score) {
            if (seen.add(id)) {
                found.add(new Found(id, score, found.size()));
            }
        }

        List<Found> top(int limit) {
            found.sort(Comparator.comparingDouble((Found x) -> -x.score()).thenComparingInt(Found::order));
            return found.subList(0, Math.min(limit, found.size()));
        }
    }

    /** The best few of one part, by the preferences' scores, the conditions checked (see {@link #conditionsLead}). */
    private static List<ScoreDoc> top(IndexSearcher searcher, Wanted part, int limit, Boolean conditionsLead)
            throws IOException {
        BooleanQuery preferences = scoring(part);
        Query filter = searcher.rewrite(conditions(part));
        boolean lead = conditionsLead != null ? conditionsLead : conditionsLead(part, searcher.getIndexReader());
        if (!lead) {
            return List.of(TopHits.bestByScore(searcher, searcher.rewrite(preferences), filter, limit).scoreDocs);
        }
        // Conditions leading: every object meeting them scores 0.001 (a required clause) plus its preferences
        // (optional clauses), the shape in which Lucene stops as soon as nothing left can beat the few kept.
        BooleanQuery.Builder whole = new BooleanQuery.Builder();
        whole.add(EVERY_OBJECT, BooleanClause.Occur.MUST);
        whole.add(filter, BooleanClause.Occur.FILTER);
        for (BooleanClause preference : preferences) {
            if (preference.getQuery() != EVERY_OBJECT) {
                whole.add(preference.getQuery(), BooleanClause.Occur.SHOULD);
            }
        }
        TopDocs top = TopHits.bestByScore(searcher, searcher.rewrite(whole.build()), null, limit);
        return List.of(top.scoreDocs);
    }

    /**
     * Whether the search of a part had better go through the objects that meet its conditions, or let the
     * preferences propose objects and check the conditions on each. Going through the conditions, Lucene stops as
     * soon as the few kept have the highest score there is, which comes early when many objects match every
     * preference; when few do (rare preferences, such as domains and objectives), it scores every object of the
     * conditions, and letting the preferences lead (WAND) is faster. The narrow part (few objects) always goes
     * through its conditions; for the wide part, the number of objects expected to match every preference is
     * estimated from the index's document frequencies, as if they were independent.
     */
    static boolean conditionsLead(Wanted part, IndexReader reader) throws IOException {
        if (part.within() == null) {
            return true;
        }
        double all = Math.max(1, reader.maxDoc());
        double expected = reader.docFreq(new Term("type", part.type()));
        for (Map.Entry<String, List<String>> filter : part.filters().entrySet()) {
            double any = 0;
            for (String v : filter.getValue()) {
                any += reader.docFreq(new Term("facets", filter.getKey() + ":" + v));
            }
            expected *= Math.min(1, any / all);
        }
        double place = reader.docFreq(new Term("within", part.within()));
        for (String t : part.attachedToAnyOf()) {
            place += reader.docFreq(new Term("territories", t));
        }
        expected *= Math.min(1, place / all);
        for (String facet : part.preferred().keySet()) {
            expected *= reader.docFreq(new Term("facets", facet)) / all;
        }
        if (!part.words().isEmpty()) {
            int most = 0;
            for (String word : part.words()) {
                most = Math.max(most, reader.docFreq(new Term(SearchEntry.ALL, word)));
            }
            expected *= most == 0 ? 1 : most / all;
        }
        return expected >= LEAD_FACTOR * part.limit();
    }

    /** How many times the few wanted must be expected to match every preference for the conditions to lead. */
    static final int LEAD_FACTOR = 4;

    /** The score every object has, whatever its preferences. */
    private static final Query EVERY_OBJECT = new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0.001f);

    /** The preferences as one disjunction of constant scores, every entry scoring at least 0.001. */
    static BooleanQuery scoring(Wanted w) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(EVERY_OBJECT, BooleanClause.Occur.SHOULD);
        w.preferred()
                .forEach((facet, weight) -> any.add(constant("facets", facet, weight), BooleanClause.Occur.SHOULD));
        w.preferredTerritories()
                .forEach((territory, weight) ->
                        any.add(constant("territories", territory, weight), BooleanClause.Occur.SHOULD));
        if (!w.words().isEmpty()) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            w.words()
                    .forEach(x -> words.add(new PrefixQuery(new Term(SearchEntry.ALL, x)), BooleanClause.Occur.SHOULD));
            any.add(new BoostQuery(new ConstantScoreQuery(words.build()), w.wordsWeight()), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The type, MEDOC type and place conditions; they never score. */
    static Query conditions(Wanted w) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new TermQuery(new Term("type", w.type())), BooleanClause.Occur.FILTER);
        w.filters().forEach((axis, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term("facets", axis + ":" + v)), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.FILTER);
        });
        if (!w.attachedToAnyOf().isEmpty() || w.within() != null) {
            BooleanQuery.Builder place = new BooleanQuery.Builder();
            w.attachedToAnyOf()
                    .forEach(t -> place.add(new TermQuery(new Term("territories", t)), BooleanClause.Occur.SHOULD));
            if (w.within() != null) {
                place.add(new TermQuery(new Term("within", w.within())), BooleanClause.Occur.SHOULD);
            }
            all.add(place.build(), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static Query constant(String field, String value, float weight) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), weight);
    }

    /**
     * The best few of {@code w} through Hibernate Search (any backend), found by searching each of {@code parts}
     * for its own best few, then merging.
     */
    List<Found> best(Wanted w, List<Wanted> parts) {
        var session = Search.session(entityManager);
        int limit = Math.max(1, Math.min(w.limit(), 200));
        Merged best = new Merged();
        for (Wanted part : parts) {
            List<List<?>> hits = session.search(SearchEntry.class)
                    .select(f -> f.composite().from(f.id(), f.score()).asList())
                    .where(predicate(session.scope(SearchEntry.class).predicate(), part))
                    // Only the best few are wanted, never how many match: Lucene may skip what cannot make the top.
                    .totalHitCountThreshold(limit)
                    .fetchHits(limit);
            for (List<?> hit : hits) {
                best.add((String) hit.get(0), (Float) hit.get(1));
            }
        }
        return best.top(limit);
    }

    /**
     * The searches that together give the best few of {@code w}. When the place is narrower than the country, the
     * objects attached to the place or to the territories enclosing it below the country (few, and the only ones
     * the narrow territories' preferences can raise) are searched apart from those attached to the country or lying
     * within the région (most of them). In one query the few narrow matches keep the bar of the top low, and Lucene
     * scores every object of the country. The wide part leaves out the narrow territories' preferences: an object
     * attached to them is in the narrow part with its full score, and an under-scored copy of it can only take a
     * place that an exactly scored object would not have had (docs/decisions/0014). The best few of each part,
     * merged by score, are the best few of the whole.
     */
    static List<Wanted> parts(Wanted w) {
        List<String> national =
                w.attachedToAnyOf().stream().filter(Candidates::national).toList();
        List<String> narrow =
                w.attachedToAnyOf().stream().filter(t -> !national(t)).toList();
        if (national.isEmpty() || narrow.isEmpty()) {
            return List.of(w);
        }
        Wanted local = new Wanted(
                w.type(),
                w.filters(),
                narrow,
                null,
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
                w.within(),
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
