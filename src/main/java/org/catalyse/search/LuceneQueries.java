package org.catalyse.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The rules of a Catalyse search written as one Lucene query, so that the hits and the counts of a search are
 * computed from the very same query. Every word must match in the one text field of an entry ({@link
 * SearchEntry#getAll()}: title and summary weigh three and two times the text and the frame labels); quotes make a
 * phrase, {@code -} excludes, {@code |} offers alternatives, other syntax is text. With {@code typos}, a weaker
 * clause accepts one edit in words of five letters or more.
 * Type, facet and territory conditions are filters: they never change the score.
 */
final class LuceneQueries {

    static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    static final int FUZZY_FLAGS =
            SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.FUZZY_OPERATOR;
    static final float FUZZY_BOOST = 0.3f;

    private static final Map<String, Float> FIELDS = Map.of(SearchEntry.ALL, 1f);

    private final Analyzer analyzer;

    /** @param analyzer the search analyzer of the index, which picks each field's own analysis */
    LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The queries analysed as the index is, without asking the backend (for snippets, on any backend). */
    static LuceneQueries withFrenchAnalysis() {
        return new LuceneQueries(FrenchAnalysis.analyzer(false));
    }

    /**
     * The whole search.
     *
     * @param q the words, trimmed; empty for every entry
     * @param variants the words again with a synonym in place of a term (see {@link Synonyms#variants})
     * @param around the territories whose entries an {@code around} search accepts (the territory and those
     *     enclosing it); ignored for {@code within}
     */
    Query search(SearchQuery query, String q, List<String> variants, List<String> around, boolean typos) {
        return both(
                q.isEmpty() ? null : words(q, variants, typos),
                filter(query, around).orElse(null));
    }

    /** The words (every entry when null) under the conditions (none when null). */
    static Query both(Query words, Query filter) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
        if (filter != null) {
            root.add(filter, Occur.FILTER);
        }
        return root.build();
    }

    /** The type, facet and territory conditions of a search, if it has any: they never score. */
    Optional<Query> filter(SearchQuery query, List<String> around) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        if (query.type() != null && !query.type().isBlank()) {
            all.add(new TermQuery(new Term("type", query.type())), Occur.FILTER);
            any = true;
        }
        for (Map.Entry<String, List<String>> axis : query.filters().entrySet()) {
            all.add(
                    anyOf(
                            "facets",
                            axis.getValue().stream()
                                    .map(v -> axis.getKey() + ":" + v)
                                    .toList()),
                    Occur.FILTER);
            any = true;
        }
        if (query.territory() != null && !query.territory().isBlank()) {
            all.add(
                    "within".equals(query.scope())
                            ? new TermQuery(new Term("within", query.territory()))
                            : anyOf("territories", around),
                    Occur.FILTER);
            any = true;
        }
        return any ? Optional.of(all.build()) : Optional.empty();
    }

    /** The words, or any of their variants. */
    Query words(String q, List<String> variants, boolean typos) {
        if (variants.isEmpty()) {
            return text(q, typos);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(text(q, typos), Occur.SHOULD);
        variants.forEach(v -> any.add(text(v, typos), Occur.SHOULD));
        return any.build();
    }

    private Query text(String q, boolean typos) {
        Query exact = parser(FIELDS, FLAGS).parse(q);
        if (!typos) {
            return exact;
        }
        String fuzzyText = fuzzyText(q);
        if (!fuzzyText.contains("~")) {
            return exact;
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        or.add(exact, Occur.SHOULD);
        or.add(new BoostQuery(parser(FIELDS, FUZZY_FLAGS).parse(fuzzyText), FUZZY_BOOST), Occur.SHOULD);
        return or.build();
    }

    /**
     * The words as the typo-tolerant clause reads them: those of five letters or more accept one edit, against the
     * words as written that the index keeps beside their stems (see {@link FrenchAnalysis}); the same text on both
     * search paths.
     */
    static String fuzzyText(String q) {
        return Arrays.stream(q.split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isBlank())
                .map(w -> w.length() >= 5 ? w + "~1" : w)
                .collect(Collectors.joining(" "));
    }

    private SimpleQueryParser parser(Map<String, Float> fields, int flags) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, flags);
        parser.setDefaultOperator(Occur.MUST);
        return parser;
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        values.forEach(v -> or.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return or.build();
    }
}
