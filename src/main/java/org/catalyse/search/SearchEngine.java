package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.backend.index.IndexManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the one index of Catalyse: French full text, facets, territory in both directions. */
@Service
public class SearchEngine implements DisposableBean {

    static final AggregationKey<Map<String, Long>> FACETS = AggregationKey.of("facets");
    static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    static final java.util.Set<SimpleQueryFlag> USER_FLAGS = java.util.EnumSet.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE);

    private final EntityManager entityManager;
    private final Frame frame;
    private final Territories territories;
    private final Synonyms synonyms;
    private final ObjectProvider<SearchSource> sources;
    private final int exactFacetLimit;
    private volatile Optional<LuceneQueries> lucene;
    /** The words as a Lucene query for snippets, on any backend. */
    private final LuceneQueries snippetQueries = LuceneQueries.withFrenchAnalysis();

    private final ExecutorService countingThreads = threads("search-count-");
    /** Threads that search the segments of the index side by side for the page of hits. */
    private final ExecutorService pageThreads = threads("search-page-");

    SearchEngine(
            EntityManager entityManager,
            Frame frame,
            Territories territories,
            Synonyms synonyms,
            ObjectProvider<SearchSource> sources,
            @Value("${catalyse.search.exact-facet-limit:50000}") int exactFacetLimit) {
        if (exactFacetLimit < 1) {
            throw new IllegalArgumentException(
                    "catalyse.search.exact-facet-limit must be at least 1 (is " + exactFacetLimit + ")");
        }
        this.entityManager = entityManager;
        this.frame = frame;
        this.territories = territories;
        this.synonyms = synonyms;
        this.sources = sources;
        this.exactFacetLimit = exactFacetLimit;
    }

    @Override
    public void destroy() {
        countingThreads.shutdownNow();
        pageThreads.shutdownNow();
    }

    static ExecutorService threads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), factory);
    }

    /** The axes a search can be narrowed by: the frame's axes and those the sources add (e.g. {@code licence}). */
    public List<String> filterAxes() {
        List<String> axes = new ArrayList<>(
                frame.current().axes().stream().map(FrameView.Axis::key).toList());
        otherAxes().keySet().stream().filter(a -> !axes.contains(a)).forEach(axes::add);
        return axes;
    }

    /** The types of object the index holds, one per source (e.g. {@code resource}). */
    public List<String> types() {
        return sources.orderedStream().map(SearchSource::type).distinct().toList();
    }

    /** The axes outside the frame that the sources' documents carry, with every value each may take. */
    private Map<String, List<String>> otherAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        sources.orderedStream()
                .forEach(source -> source.otherAxes().forEach((axis, values) -> {
                    List<String> all = axes.computeIfAbsent(axis, k -> new ArrayList<>());
                    values.stream().filter(v -> !all.contains(v)).forEach(all::add);
                }));
        return axes;
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        return search(query, lucene().isEmpty(), exactFacetLimit);
    }

    /**
     * The search through one path or the other; for tests and benchmarks.
     *
     * @param portable through Hibernate Search's query language and aggregations only, as on any backend
     * @param exactFacetLimit the number of hits counted one by one (see {@link FacetCounts})
     */
    @Transactional(readOnly = true)
    SearchResults search(SearchQuery query, boolean portable, int exactFacetLimit) {
        check(query);
        String q = query.q() == null ? "" : query.q().trim();
        if (!portable && lucene().isEmpty()) {
            throw new IllegalStateException("The index is not on the Lucene backend");
        }
        SearchResults exact = portable ? run(query, q, false) : runLucene(query, q, false, exactFacetLimit);
        if (exact.total() > 0 || q.isEmpty() || !hasLongWord(q)) {
            return exact;
        }
        return portable ? run(query, q, true) : runLucene(query, q, true, exactFacetLimit);
    }

    /**
     * The exact number of hits of a search, however many (for maps and tables), without reading any hit; page and
     * size are ignored.
     */
    @Transactional(readOnly = true)
    public long count(SearchQuery query) {
        check(query);
        String q = query.q() == null ? "" : query.q().trim();
        long exact = count(query, q, false);
        if (exact > 0 || q.isEmpty() || !hasLongWord(q)) {
            return exact;
        }
        return count(query, q, true);
    }

    /**
     * The keys of the objects of a type whose documents link to an object ({@link SearchDocument#links}), e.g. the
     * cases an actor took part in: at most {@code max}, in no particular order. Like every search, it sees a change once
     * the index has taken it (within a second or so of its commit).
     *
     * @param link the object linked to, as {@code type:key}
     */
    @Transactional(readOnly = true)
    public List<String> keysLinkedTo(String type, String link, int max) {
        return Search.session(entityManager)
                .search(SearchEntry.class)
                .select(f -> f.field("key", String.class))
                .where(f -> f.bool()
                        .filter(f.match().field("type").matching(type))
                        .filter(f.match().field("links").matching(link)))
                .fetchHits(max);
    }

    private long count(SearchQuery query, String q, boolean typos) {
        SearchSession session = Search.session(entityManager);
        if (lucene().isEmpty()) {
            return session.search(SearchEntry.class)
                    .where(where(session.scope(SearchEntry.class).predicate(), query, q, typos)
                            .toPredicate())
                    .fetchTotalHitCount();
        }
        List<String> variants = q.isEmpty() ? List.of() : synonyms.variants(q);
        Query whole = lucene().orElseThrow().search(query, q, variants, around(query), typos);
        try (IndexReader reader = session.scope(SearchEntry.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            return new IndexSearcher(reader).count(whole);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of hits whose facet values are counted one by one (see {@link FacetCounts}). */
    int exactFacetLimit() {
        return exactFacetLimit;
    }

    /** The Lucene query builder when the index is on the (embedded) Lucene backend. */
    private Optional<LuceneQueries> lucene() {
        Optional<LuceneQueries> found = lucene;
        if (found == null) {
            IndexManager index = Search.mapping(entityManager.getEntityManagerFactory())
                    .indexedEntity(SearchEntry.class)
                    .indexManager();
            found = index instanceof LuceneIndexManager l
                    ? Optional.of(new LuceneQueries(l.searchAnalyzer()))
                    : Optional.empty();
            lucene = found;
        }
        return found;
    }

    /**
     * One search on the Lucene backend, in two passes over the same Lucene query, run side by side: one counts
     * the hits and the facet values without scoring ({@link FacetCounts}), on a thread of its own; the other
     * finds the page of best hits, which lets Lucene skip the documents that cannot make the page, and reads their
     * fields from the index (the same stored fields Hibernate Search projects on the portable path). The query is
     * rewritten once for both (a typo-tolerant query expands its words against the term dictionary only once,
     * and the snippets do not expand them again for each hit).
     */
    private SearchResults runLucene(SearchQuery query, String q, boolean typos, int exactFacetLimit) {
        LuceneQueries queries = lucene().orElseThrow();
        List<String> variants = q.isEmpty() ? List.of() : synonyms.variants(q);
        List<String> around = around(query);
        SearchSession session = Search.session(entityManager);
        long offset = offset(query);
        List<SearchResults.Hit> hits = List.of();
        FacetCounts.Counts counts;
        try (IndexReader reader = session.scope(SearchEntry.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader, pageThreads);
            Query words = q.isEmpty() ? null : searcher.rewrite(queries.words(q, variants, typos));
            Query filter = queries.filter(query, around).orElse(null);
            filter = filter == null ? null : searcher.rewrite(filter);
            Query whole = searcher.rewrite(LuceneQueries.both(words, filter));
            Future<FacetCounts.Counts> counting =
                    countingThreads.submit(() -> FacetCounts.count(searcher, whole, exactFacetLimit));
            try {
                if (offset >= 0 && offset < reader.maxDoc()) {
                    hits = TopHits.page(
                            searcher,
                            words,
                            filter,
                            whole,
                            (int) offset,
                            query.size(),
                            new Snippets(q.isEmpty() ? null : queries.words(q, variants, typos)));
                }
                counts = counting.get();
            } finally {
                counting.cancel(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        Map<String, Long> types = new LinkedHashMap<>();
        Map<String, Long> facets = new LinkedHashMap<>();
        counts.values().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    if (e.getKey().startsWith("type:")) {
                        types.put(e.getKey().substring(5), e.getValue());
                    } else {
                        facets.put(e.getKey(), e.getValue());
                    }
                });
        return new SearchResults(
                counts.total(), query.page(), query.size(), hits, facets(facets, types), counts.estimated());
    }

    /** The position of the first hit of the page, or -1 for a page too far for any index. */
    private static long offset(SearchQuery query) {
        long offset = (query.page() - 1L) * query.size();
        return offset + query.size() > Integer.MAX_VALUE ? -1 : offset;
    }

    /** The ids an {@code around} search accepts: the territory and those enclosing it. */
    private List<String> around(SearchQuery query) {
        if (query.territory() == null || query.territory().isBlank()) {
            return List.of();
        }
        TerritoryId id = TerritoryId.parse(query.territory());
        return territories.enclosing(id).stream().map(TerritoryId::toString).toList();
    }

    /**
     * The query for the page of hits as shown: the fields of each hit (its text for the snippet), sorted by
     * relevance then date (date only without words); with {@code aggregate}, the facet counts too; a positive
     * {@code totalHitCountThreshold} lets the count stop there.
     */
    private static org.hibernate.search.engine.search.query.SearchQuery<List<?>> hitsQuery(
            SearchSession session, String q, SearchPredicate predicate, boolean aggregate, int totalHitCountThreshold) {
        var step = session.search(SearchEntry.class)
                .select(f -> f.composite()
                        .from(
                                f.field("type", String.class),
                                f.id(String.class),
                                f.field("title", String.class),
                                f.field("url", String.class),
                                f.field("summary", String.class),
                                f.field("body", String.class),
                                f.field("entryDate", LocalDate.class))
                        .asList())
                .where(predicate)
                .sort(f -> q.isEmpty()
                        ? f.field("entryDate").desc().missing().last()
                        : f.score().then().field("entryDate").desc().missing().last());
        if (aggregate) {
            step = step.aggregation(
                            FACETS, f -> f.terms().field("facets", String.class).maxTermCount(500))
                    .aggregation(TYPES, f -> f.terms().field("type", String.class));
        }
        if (totalHitCountThreshold > 0) {
            step = step.totalHitCountThreshold(totalHitCountThreshold);
        }
        return step.toQuery();
    }

    /** Words of five letters or more may carry a typo. */
    static boolean hasLongWord(String q) {
        return java.util.Arrays.stream(q.split("[^\\p{L}\\p{N}]+")).anyMatch(w -> w.length() >= 5);
    }

    /**
     * One search through Hibernate Search's query language and aggregations, as on any backend; with {@code
     * typos}, words of five letters or more also match with one edit.
     */
    private SearchResults run(SearchQuery query, String q, boolean typos) {
        SearchSession session = Search.session(entityManager);
        SearchPredicate predicate = where(session.scope(SearchEntry.class).predicate(), query, q, typos)
                .toPredicate();
        long offset = offset(query);
        SearchResult<List<?>> result = hitsQuery(session, q, predicate, true, 0)
                .fetch(offset < 0 ? 0 : (int) offset, offset < 0 ? 0 : query.size());
        Snippets snippets = new Snippets(q.isEmpty() ? null : snippetQueries.words(q, synonyms.variants(q), typos));
        return new SearchResults(
                result.total().hitCount(),
                query.page(),
                query.size(),
                offset < 0
                        ? List.of()
                        : result.hits().stream().map(row -> hit(row, snippets)).toList(),
                facets(result.aggregation(FACETS), result.aggregation(TYPES)),
                false);
    }

    /** The words score; type, facet and territory conditions only filter. */
    private PredicateFinalStep where(SearchPredicateFactory f, SearchQuery query, String q, boolean typos) {
        var bool = f.bool();
        bool.must(q.isEmpty() ? f.matchAll().toPredicate() : textWithSynonyms(f, q, typos));
        if (query.type() != null && !query.type().isBlank()) {
            bool.filter(f.match().field("type").matching(query.type()).toPredicate());
        }
        query.filters()
                .forEach((axis, values) -> bool.filter(anyOf(
                        f,
                        values.stream()
                                .map(v -> f.match()
                                        .field("facets")
                                        .matching(axis + ":" + v)
                                        .toPredicate())
                                .toList())));
        if (query.territory() != null && !query.territory().isBlank()) {
            bool.filter(territory(f, TerritoryId.parse(query.territory()), query.scope()));
        }
        return bool;
    }

    /** The query, or any of its variants with a term replaced by a synonym. */
    private SearchPredicate textWithSynonyms(SearchPredicateFactory f, String q, boolean typos) {
        List<String> variants = synonyms.variants(q);
        if (variants.isEmpty()) {
            return text(f, q, typos);
        }
        var or = f.or().add(text(f, q, typos));
        variants.forEach(v -> or.add(text(f, v, typos)));
        return or.toPredicate();
    }

    /**
     * Every word must match (in any field); quotes make a phrase, "-" excludes, "|" offers alternatives. For
     * words of five letters or more, a second, weaker clause accepts one typo per word.
     */
    private static SearchPredicate text(SearchPredicateFactory f, String q, boolean typos) {
        var exact = f.simpleQueryString()
                .field(SearchEntry.ALL)
                .matching(q)
                .defaultOperator(BooleanOperator.AND)
                .flags(USER_FLAGS)
                .toPredicate();
        if (!typos) {
            return exact;
        }
        String fuzzyQuery = LuceneQueries.fuzzyText(q);
        if (!fuzzyQuery.contains("~")) {
            return exact;
        }
        var fuzzy = f.simpleQueryString()
                .field(SearchEntry.ALL)
                .matching(fuzzyQuery)
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.FUZZY)
                .boost(0.3f)
                .toPredicate();
        return f.or(exact, fuzzy).toPredicate();
    }

    private SearchPredicate territory(SearchPredicateFactory f, TerritoryId id, String scope) {
        if ("within".equals(scope)) {
            return f.match().field("within").matching(id.toString()).toPredicate();
        }
        return anyOf(
                f,
                territories.enclosing(id).stream()
                        .map(t -> f.match()
                                .field("territories")
                                .matching(t.toString())
                                .toPredicate())
                        .toList());
    }

    private static SearchPredicate anyOf(SearchPredicateFactory f, List<SearchPredicate> alternatives) {
        var or = f.or();
        alternatives.forEach(or::add);
        return or.toPredicate();
    }

    private static SearchResults.Hit hit(List<?> row, Snippets snippets) {
        String id = (String) row.get(1);
        return new SearchResults.Hit(
                (String) row.get(0),
                id.substring(id.indexOf(':') + 1),
                (String) row.get(2),
                (String) row.get(3),
                snippets.of((String) row.get(5), (String) row.get(4)),
                (LocalDate) row.get(6));
    }

    private static Map<String, Map<String, Long>> facets(Map<String, Long> facets, Map<String, Long> types) {
        Map<String, Map<String, Long>> byAxis = new TreeMap<>();
        byAxis.put("type", new LinkedHashMap<>(types));
        facets.forEach((facet, count) -> {
            int colon = facet.indexOf(':');
            byAxis.computeIfAbsent(facet.substring(0, colon), k -> new LinkedHashMap<>())
                    .put(facet.substring(colon + 1), count);
        });
        return byAxis;
    }

    private void check(SearchQuery query) {
        if (query.q() != null && query.q().length() > SearchQuery.MAX_QUERY_LENGTH) {
            throw new InvalidInputException("La recherche est trop longue ("
                    + query.q().length() + " caractères, " + SearchQuery.MAX_QUERY_LENGTH + " au plus).");
        }
        if (query.page() < 1) {
            throw new InvalidInputException("Le numéro de page doit être un entier supérieur ou égal à 1.");
        }
        if (query.size() < 1 || query.size() > SearchQuery.MAX_SIZE) {
            throw new InvalidInputException(
                    "La taille de page doit être comprise entre 1 et " + SearchQuery.MAX_SIZE + ".");
        }
        if (query.scope() != null
                && !query.scope().isBlank()
                && !List.of("around", "within").contains(query.scope())) {
            throw new InvalidInputException(
                    "Portée inconnue : « " + query.scope() + " ». Valeurs possibles : around, within.");
        }
        if (query.type() != null && !query.type().isBlank() && !types().contains(query.type())) {
            throw new InvalidInputException("Type inconnu : « " + SearchParameters.abbreviate(query.type())
                    + " ». Types possibles : " + String.join(", ", types()) + ".");
        }
        checkTerritory(query.territory());
        List<String> axes = filterAxes();
        Map<String, List<String>> others = otherAxes();
        query.filters().forEach((axis, values) -> {
            if (!axes.contains(axis)) {
                throw new InvalidInputException(
                        "Critère inconnu : « " + axis + " ». Critères possibles : " + String.join(", ", axes) + ".");
            }
            if (others.containsKey(axis)) {
                values.stream()
                        .filter(v -> !others.get(axis).contains(v))
                        .findFirst()
                        .ifPresent(v -> {
                            throw new InvalidInputException("Valeur inconnue pour le critère " + axis + " : « "
                                    + SearchParameters.abbreviate(v) + " ». Valeurs possibles : "
                                    + String.join(", ", others.get(axis)) + ".");
                        });
            } else {
                values.forEach(v -> frame.require(axis, v));
            }
        });
    }

    /** A territory must be well formed and known: a code no territory bears is bad input, not a missing page. */
    private void checkTerritory(String territory) {
        if (territory == null || territory.isBlank()) {
            return;
        }
        TerritoryId id;
        try {
            id = TerritoryId.parse(territory);
        } catch (InvalidInputException e) {
            throw new InvalidTerritoryException(e.getMessage());
        }
        if (territories.find(id).isEmpty()) {
            throw new InvalidTerritoryException("Territoire inconnu : « " + id + " ». Aucun territoire ne porte ce code"
                    + " ; forme attendue : echelon:code, par exemple commune:38185.");
        }
    }
}
