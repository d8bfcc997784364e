package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Searches the one index of Catalyse: French full text, facets, territory in both directions. */
@Service
public class SearchEngine {

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

    SearchEngine(EntityManager entityManager, Frame frame, Territories territories, Synonyms synonyms) {
        this.entityManager = entityManager;
        this.frame = frame;
        this.territories = territories;
        this.synonyms = synonyms;
    }

    /** The axes a search can be narrowed by: the frame's axes and {@code licence}. */
    public List<String> filterAxes() {
        List<String> axes = new ArrayList<>(
                frame.current().axes().stream().map(FrameView.Axis::key).toList());
        axes.add("licence");
        return axes;
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        check(query);
        String q = query.q() == null ? "" : query.q().trim();
        SearchResults exact = run(query, q, false);
        if (exact.total() > 0 || q.isEmpty() || !hasLongWord(q)) {
            return exact;
        }
        return run(query, q, true);
    }

    /** Words of five letters or more may carry a typo. */
    static boolean hasLongWord(String q) {
        return java.util.Arrays.stream(q.split("[^\\p{L}\\p{N}]+")).anyMatch(w -> w.length() >= 5);
    }

    /**
     * One search; with {@code typos}, words of five letters or more also match with one edit. Typo tolerance
     * is only tried when the exact words find nothing, as it costs a scan of the term dictionary.
     */
    private SearchResults run(SearchQuery query, String q, boolean typos) {
        SearchSession session = Search.session(entityManager);
        SearchResult<List<?>> result = session.search(SearchEntry.class)
                .select(f -> f.composite()
                        .from(
                                f.field("type", String.class),
                                f.id(String.class),
                                f.field("title", String.class),
                                f.field("url", String.class),
                                f.field("summary", String.class),
                                f.highlight("body"),
                                f.highlight("summary"),
                                f.field("entryDate", LocalDate.class))
                        .asList())
                .where(f -> where(f, query, q, typos))
                .sort(f -> q.isEmpty()
                        ? f.field("entryDate").desc().missing().last()
                        : f.score().then().field("entryDate").desc().missing().last())
                .highlighter(f -> f.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(180)
                        .numberOfFragments(1)
                        .noMatchSize(0))
                .aggregation(
                        FACETS, f -> f.terms().field("facets", String.class).maxTermCount(500))
                .aggregation(TYPES, f -> f.terms().field("type", String.class))
                .fetch((query.page() - 1) * query.size(), query.size());
        List<SearchResults.Hit> hits =
                result.hits().stream().map(SearchEngine::hit).toList();
        return new SearchResults(
                result.total().hitCount(),
                query.page(),
                query.size(),
                hits,
                facets(result.aggregation(FACETS), result.aggregation(TYPES)));
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
                .field("title")
                .boost(3f)
                .field("summary")
                .boost(2f)
                .fields("body", "labels")
                .matching(q)
                .defaultOperator(BooleanOperator.AND)
                .flags(USER_FLAGS)
                .toPredicate();
        if (!typos) {
            return exact;
        }
        String fuzzyQuery = java.util.Arrays.stream(q.split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isBlank())
                .map(w -> w.length() >= 5 ? w + "~1" : w)
                .collect(java.util.stream.Collectors.joining(" "));
        if (!fuzzyQuery.contains("~")) {
            return exact;
        }
        var fuzzy = f.simpleQueryString()
                .field("title_words")
                .boost(3f)
                .field("summary_words")
                .boost(2f)
                .fields("body_words", "labels_words")
                .matching(fuzzyQuery)
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.FUZZY)
                .boost(0.3f)
                .toPredicate();
        return f.or(exact, fuzzy).toPredicate();
    }

    private SearchPredicate territory(SearchPredicateFactory f, TerritoryId id, String scope) {
        territories.get(id);
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

    private static SearchResults.Hit hit(List<?> row) {
        @SuppressWarnings("unchecked")
        List<String> bodyHighlights = (List<String>) row.get(5);
        @SuppressWarnings("unchecked")
        List<String> summaryHighlights = (List<String>) row.get(6);
        String summary = (String) row.get(4);
        String snippet = !bodyHighlights.isEmpty()
                ? "… " + bodyHighlights.get(0) + " …"
                : !summaryHighlights.isEmpty()
                        ? summaryHighlights.get(0)
                        : HtmlUtils.htmlEscape(summary == null ? "" : summary);
        String id = (String) row.get(1);
        return new SearchResults.Hit(
                (String) row.get(0),
                id.substring(id.indexOf(':') + 1),
                (String) row.get(2),
                (String) row.get(3),
                snippet,
                (LocalDate) row.get(7));
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
        List<String> axes = filterAxes();
        query.filters().forEach((axis, values) -> {
            if (!axes.contains(axis)) {
                throw new InvalidInputException(
                        "Critère inconnu : « " + axis + " ». Critères possibles : " + String.join(", ", axes) + ".");
            }
            if (!axis.equals("licence")) {
                values.forEach(v -> frame.require(axis, v));
            }
        });
    }
}
