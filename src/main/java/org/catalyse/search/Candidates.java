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
            /** what raises an object: each preference adds its weight once */
            List<Preference> preferences,
            /** word beginnings whose presence adds {@code wordsWeight} (e.g. {@code evalu}), may be empty */
            List<String> words,
            float wordsWeight,
            int limit) {}

    /**
     * Adds {@code weight}, once, to an object that has any of these values: by field ({@link #FACETS} as
     * {@code axis:value}, {@link #TERRITORIES} attached, {@link #WITHIN} lying within).
     */
    public record Preference(float weight, Map<String, List<String>> anyOf, boolean apart) {

        public Preference(float weight, Map<String, List<String>> anyOf) {
            this(weight, anyOf, false);
        }

        /** A preference for any of some facet values ({@code axis:value}). */
        public static Preference facets(float weight, List<String> values) {
            return new Preference(weight, Map.of(FACETS, List.copyOf(values)));
        }

        /**
         * A preference for any of some facet values that few objects are expected to have (e.g. the asker's action
         * domains): the objects that have them are searched apart (see {@link Candidates#parts}).
         */
        public static Preference topic(float weight, List<String> values) {
            return new Preference(weight, Map.of(FACETS, List.copyOf(values)), true);
        }

        /**
         * The preferences that give an object the weight of the best of these alternatives it has, and nothing
         * more: a ladder of nested sets, each step the difference between one weight and the next lower one.
         */
        public static List<Preference> bestOf(List<Alternative> alternatives) {
            List<Alternative> sorted = new ArrayList<>(alternatives);
            sorted.sort(Comparator.comparingDouble((Alternative a) -> -a.weight()));
            List<Preference> ladder = new ArrayList<>();
            Map<String, List<String>> reached = new LinkedHashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                Alternative a = sorted.get(i);
                reached.computeIfAbsent(a.field(), f -> new ArrayList<>()).add(a.value());
                float step =
                        a.weight() - (i + 1 < sorted.size() ? sorted.get(i + 1).weight() : 0f);
                if (step > 0) {
                    Map<String, List<String>> copy = new LinkedHashMap<>();
                    reached.forEach((field, values) -> copy.put(field, List.copyOf(values)));
                    ladder.add(new Preference(step, copy));
                }
            }
            return ladder;
        }
    }

    /** One value that raises an object by {@code weight}: see {@link Preference#bestOf}. */
    public record Alternative(String field, String value, float weight) {}

    /** The fields a preference may name. */
    public static final String FACETS = "facets";

    public static final String TERRITORIES = "territories";
    public static final String WITHIN = "within";

    /** The filter of a search among the objects whose title or summary has one of the focus words. */
    static final String WORDS = "@heading";

    /** The filters of a search among the objects that have a topic (whole facet values follow). */
    static final String REQUIRED = "@required-";

    /** The facet value a filter names: {@code axis:value}, or the value itself under a {@link #REQUIRED} filter. */
    static String facet(String axis, String value) {
        return axis.startsWith(REQUIRED) ? value : axis + ":" + value;
    }

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
                if (best.full(limit) && ceiling(part) <= best.edge(limit)) {
                    // Nothing this search can find would beat the few already kept.
                    continue;
                }
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

        boolean full(int limit) {
            return found.size() >= limit;
        }

        /** The lowest score of the best {@code limit} found so far. */
        float edge(int limit) {
            float[] scores = new float[found.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = found.get(i).score();
            }
            java.util.Arrays.sort(scores);
            return scores[scores.length - limit];
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
     * conditions, and letting the preferences lead (WAND) is faster. A search requiring topics or focus words, or
     * in a place of at most {@link #FEW} objects, always goes through its conditions (focus words only come with
     * the filter that requires them, see {@link #parts}); otherwise the number of
     * objects expected to match every facet preference is estimated from the index's document frequencies, as if
     * they were independent (the place preferences are left out: the place conditions count them already).
     */
    static boolean conditionsLead(Wanted part, IndexReader reader) throws IOException {
        if (part.filters().keySet().stream().anyMatch(axis -> axis.startsWith("@"))) {
            return true;
        }
        double place = part.within() == null ? 0 : reader.docFreq(new Term(WITHIN, part.within()));
        for (String t : part.attachedToAnyOf()) {
            place += reader.docFreq(new Term(TERRITORIES, t));
        }
        if ((part.within() != null || !part.attachedToAnyOf().isEmpty()) && place <= FEW) {
            return true;
        }
        double all = Math.max(1, reader.maxDoc());
        double expected = reader.docFreq(new Term("type", part.type()));
        for (Map.Entry<String, List<String>> filter : part.filters().entrySet()) {
            double any = 0;
            for (String v : filter.getValue()) {
                any += reader.docFreq(new Term(FACETS, facet(filter.getKey(), v)));
            }
            expected *= Math.min(1, any / all);
        }
        if (place > 0) {
            expected *= Math.min(1, place / all);
        }
        for (Preference preference : part.preferences()) {
            if (!preference.anyOf().containsKey(FACETS)) {
                // A place preference: the place conditions above already count the objects it could raise.
                continue;
            }
            double any = 0;
            for (Map.Entry<String, List<String>> field : preference.anyOf().entrySet()) {
                for (String value : field.getValue()) {
                    any += reader.docFreq(new Term(field.getKey(), value));
                }
            }
            expected *= Math.min(1, any / all);
        }
        return expected >= LEAD_FACTOR * part.limit();
    }

    /** Objects in a place few enough to go through them all, whatever the preferences. */
    static final int FEW = 50_000;

    /** How many times the few wanted must be expected to match every preference for the conditions to lead. */
    static final int LEAD_FACTOR = 4;

    /** The score every object has, whatever its preferences. */
    private static final Query EVERY_OBJECT = new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0.001f);

    /** The preferences as one disjunction of constant scores, every entry scoring at least 0.001. */
    static BooleanQuery scoring(Wanted w) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(EVERY_OBJECT, BooleanClause.Occur.SHOULD);
        for (Preference preference : w.preferences()) {
            BooleanQuery.Builder values = new BooleanQuery.Builder();
            preference
                    .anyOf()
                    .forEach((field, list) -> list.forEach(
                            v -> values.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD)));
            any.add(
                    new BoostQuery(new ConstantScoreQuery(values.build()), preference.weight()),
                    BooleanClause.Occur.SHOULD);
        }
        if (!w.words().isEmpty()) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            w.words()
                    .forEach(x ->
                            words.add(new PrefixQuery(new Term(SearchEntry.HEADING, x)), BooleanClause.Occur.SHOULD));
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
            values.forEach(v -> any.add(
                    axis.equals(WORDS)
                            ? new PrefixQuery(new Term(SearchEntry.HEADING, v))
                            : new TermQuery(new Term(FACETS, facet(axis, v))),
                    BooleanClause.Occur.SHOULD));
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
     * The searches that together give the best few of {@code w}: the parts of the place ({@link #placeParts}), each
     * searched twice when there are focus words: once among the objects that have them (few: their title or summary
     * speaks of the asker's weakest axes), once without them, where many objects may reach the highest score and
     * Lucene stop early. An object found by an earlier search keeps the score it had there; an under-scored copy
     * of it in a later one can only take a place that an exactly scored object would not have had
     * (docs/decisions/0014). The best few of each search, merged by score, are the best few of the whole.
     */
    static List<Wanted> parts(Wanted w) {
        List<Wanted> places = placeParts(w);
        List<Preference> apart =
                w.preferences().stream().filter(Preference::apart).toList();
        int topics = apart.size() + (w.words().isEmpty() ? 0 : 1);
        if (topics == 0) {
            return places;
        }
        // Every subset of the topics, as a bit set (the last bit for the words), the largest first.
        List<Integer> subsets = new ArrayList<>();
        for (int subset = (1 << topics) - 1; subset >= 0; subset--) {
            subsets.add(subset);
        }
        subsets.sort(Comparator.comparingInt((Integer x) -> -Integer.bitCount(x)));
        List<Wanted> parts = new ArrayList<>();
        for (int subset : subsets) {
            for (Wanted p : places) {
                parts.add(requiring(p, apart, subset));
            }
        }
        return parts;
    }

    /**
     * A search of a part among the objects that have the topics of {@code subset} (scored), the other topics left
     * out: the objects that have them are found, with their full score, by a search requiring them.
     */
    private static Wanted requiring(Wanted p, List<Preference> apart, int subset) {
        Map<String, List<String>> filters = new LinkedHashMap<>(p.filters());
        List<Preference> preferences = new ArrayList<>();
        int i = 0;
        for (Preference preference : p.preferences()) {
            if (!preference.apart()) {
                preferences.add(preference);
                continue;
            }
            int index = apart.indexOf(preference);
            if ((subset & (1 << index)) != 0) {
                preferences.add(preference);
                filters.put(REQUIRED + (i++), preference.anyOf().getOrDefault(FACETS, List.of()));
            }
        }
        boolean words = !p.words().isEmpty() && (subset & (1 << apart.size())) != 0;
        if (words) {
            filters.put(WORDS, p.words());
        }
        return new Wanted(
                p.type(),
                filters,
                p.attachedToAnyOf(),
                p.within(),
                preferences,
                words ? p.words() : List.of(),
                p.wordsWeight(),
                p.limit());
    }

    /** The highest score an object found by a search can have. */
    static float ceiling(Wanted part) {
        float most = 0.001f;
        for (Preference p : part.preferences()) {
            most += p.weight();
        }
        return most + (part.words().isEmpty() ? 0 : part.wordsWeight());
    }

    /**
     * The place in parts, when it is narrower than the country: what is attached to the place or to what encloses
     * it below the country (a few thousand objects at most, each scored in full); what lies within the région; what
     * is attached to the country (most of the commons). The région's part leaves out the narrow territories'
     * preferences, the country's also the région's: each of these parts gives all its objects the same points for
     * the place, so that many may reach its highest score.
     */
    static List<Wanted> placeParts(Wanted w) {
        List<String> national =
                w.attachedToAnyOf().stream().filter(Candidates::national).toList();
        List<String> narrow =
                w.attachedToAnyOf().stream().filter(t -> !national(t)).toList();
        List<Wanted> parts = new ArrayList<>();
        if (!narrow.isEmpty()) {
            parts.add(new Wanted(
                    w.type(), w.filters(), narrow, null, w.preferences(), w.words(), w.wordsWeight(), w.limit()));
        }
        if (w.within() != null) {
            parts.add(new Wanted(
                    w.type(),
                    w.filters(),
                    List.of(),
                    w.within(),
                    withoutPlaces(w.preferences(), false),
                    w.words(),
                    w.wordsWeight(),
                    w.limit()));
        }
        if (!national.isEmpty()) {
            parts.add(new Wanted(
                    w.type(),
                    w.filters(),
                    national,
                    null,
                    withoutPlaces(w.preferences(), true),
                    w.words(),
                    w.wordsWeight(),
                    w.limit()));
        }
        return parts.size() <= 1 ? List.of(w) : parts;
    }

    /** The preferences without their narrow territories (nor, if asked, the région objects lie within). */
    private static List<Preference> withoutPlaces(List<Preference> preferences, boolean within) {
        List<Preference> kept = new ArrayList<>();
        for (Preference p : preferences) {
            Map<String, List<String>> anyOf = new LinkedHashMap<>();
            p.anyOf().forEach((field, values) -> {
                List<String> left = field.equals(TERRITORIES)
                        ? values.stream().filter(Candidates::national).toList()
                        : within && field.equals(WITHIN) ? List.of() : values;
                if (!left.isEmpty()) {
                    anyOf.put(field, left);
                }
            });
            if (!anyOf.isEmpty()) {
                kept.add(new Preference(p.weight(), anyOf, p.apart()));
            }
        }
        return kept;
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
            if (axis.equals(WORDS)) {
                bool.filter(beginnings(f, values));
                return;
            }
            var any = f.bool();
            values.forEach(v -> any.should(f.match().field(FACETS).matching(facet(axis, v))));
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
        for (Preference preference : w.preferences()) {
            var any = f.bool();
            preference
                    .anyOf()
                    .forEach((field, values) -> values.forEach(
                            v -> any.should(f.match().field(field).matching(v))));
            bool.should(any.constantScore().boost(preference.weight()));
        }
        if (!w.words().isEmpty()) {
            bool.should(beginnings(f, w.words()).constantScore().boost(w.wordsWeight()));
        }
        return bool.toPredicate();
    }

    /** The objects whose title or summary has a word beginning so. */
    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> beginnings(
            SearchPredicateFactory f, List<String> words) {
        return f.simpleQueryString()
                .field(SearchEntry.HEADING)
                .matching(String.join(" ", words.stream().map(x -> x + "*").toList()))
                .defaultOperator(BooleanOperator.OR)
                .flags(Set.of(SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE));
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
