package org.catalyse.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The floor of the search benchmark: the same search as {@link SearchEngine#search} written directly against
 * Lucene, on the index directory the application wrote. Same analyzers (built with {@link CustomAnalyzer} from
 * the filters of {@link FrenchAnalysis}), same simple query string on the same fields and boosts, same fuzzy
 * clause, same facet and territory term filters, same sort, top 20 with their stored fields and a fast vector
 * highlight of body and summary, and the counts of {@code facets} and {@code type} over every hit read from
 * their doc values.
 */
final class RawLuceneSearch implements AutoCloseable {

    /** What one search found. */
    record Result(long total, int hits, int facetCount) {}

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final int FUZZY_FLAGS =
            SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.FUZZY_OPERATOR;

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer french;
    private final Analyzer words;
    private final Sort sort = new Sort(SortField.FIELD_SCORE, dateDesc());

    RawLuceneSearch(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        french = analyzer(true);
        words = analyzer(false);
    }

    private static SortField dateDesc() {
        SortField date = new SortedNumericSortField("entryDate", SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }

    private static Analyzer analyzer(boolean stem) throws IOException {
        CustomAnalyzer.Builder b = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("elision", "articles", "search/fr-elision.txt", "ignoreCase", "true")
                .addTokenFilter("lowercase")
                .addTokenFilter(
                        "stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt", "format", "snowball")
                .addTokenFilter("asciiFolding");
        if (stem) {
            b.addTokenFilter("frenchLightStem");
        }
        return b.build();
    }

    /** Same rule as {@link SearchEngine#search}: typo tolerance only when the exact words find nothing. */
    Result search(SearchQuery query, Map<String, List<String>> around, List<String> variants) throws IOException {
        String q = query.q() == null ? "" : query.q().trim();
        Result exact = search(query, around, variants, q, false);
        if (exact.total() > 0 || q.isEmpty() || !SearchEngine.hasLongWord(q)) {
            return exact;
        }
        return search(query, around, variants, q, true);
    }

    private Result search(
            SearchQuery query, Map<String, List<String>> around, List<String> variants, String q, boolean typos)
            throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Query text = null;
        if (q.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            if (variants.isEmpty()) {
                text = text(q, typos);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                any.add(text(q, typos), Occur.SHOULD);
                variants.forEach(v -> any.add(text(v, typos), Occur.SHOULD));
                text = any.build();
            }
            root.add(text, Occur.MUST);
        }
        for (Map.Entry<String, List<String>> axis : query.filters().entrySet()) {
            BooleanQuery.Builder or = new BooleanQuery.Builder();
            axis.getValue()
                    .forEach(v -> or.add(new TermQuery(new Term("facets", axis.getKey() + ":" + v)), Occur.SHOULD));
            root.add(or.build(), Occur.FILTER);
        }
        if (query.territory() != null) {
            if ("within".equals(query.scope())) {
                root.add(new TermQuery(new Term("within", query.territory())), Occur.FILTER);
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                around.get(query.territory())
                        .forEach(t -> or.add(new TermQuery(new Term("territories", t)), Occur.SHOULD));
                root.add(or.build(), Occur.FILTER);
            }
        }
        Query built = root.build();
        Sort order = q.isEmpty() ? new Sort(dateDesc()) : sort;
        TopFieldCollector top = TopFieldCollector.create(order, 20, Integer.MAX_VALUE);
        FacetCounter facets = new FacetCounter();
        searcher.search(built, MultiCollector.wrap(top, facets));
        ScoreDoc[] docs = top.topDocs().scoreDocs;
        StoredFields stored = searcher.storedFields();
        FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);
        FieldQuery fieldQuery = text == null ? null : highlighter.getFieldQuery(text, reader);
        int found = 0;
        for (ScoreDoc d : docs) {
            stored.document(d.doc);
            if (fieldQuery != null) {
                String[] body = fragments(highlighter, fieldQuery, d.doc, "body");
                String[] summary = fragments(highlighter, fieldQuery, d.doc, "summary");
                found += body.length + summary.length > 0 ? 1 : 0;
            }
        }
        Map<String, Long> counts = facets.counts();
        return new Result(top.getTotalHits(), docs.length, counts.size());
    }

    /** The best fragment of a field, with the matched words in mark elements and the rest escaped. */
    private String[] fragments(FastVectorHighlighter highlighter, FieldQuery fieldQuery, int doc, String field)
            throws IOException {
        return highlighter.getBestFragments(
                fieldQuery,
                reader,
                doc,
                field,
                180,
                1,
                new SimpleFragListBuilder(),
                new ScoreOrderFragmentsBuilder(new String[] {"<mark>"}, new String[] {"</mark>"}),
                new String[] {"<mark>"},
                new String[] {"</mark>"},
                new org.apache.lucene.search.highlight.SimpleHTMLEncoder());
    }

    private Query text(String q, boolean typos) {
        SimpleQueryParser exact =
                new SimpleQueryParser(french, Map.of("title", 3f, "summary", 2f, "body", 1f, "labels", 1f), FLAGS);
        exact.setDefaultOperator(Occur.MUST);
        Query exactQuery = exact.parse(q);
        String fuzzyText = java.util.Arrays.stream(q.split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isBlank())
                .map(w -> w.length() >= 5 ? w + "~1" : w)
                .collect(java.util.stream.Collectors.joining(" "));
        if (!typos || !fuzzyText.contains("~")) {
            return exactQuery;
        }
        SimpleQueryParser fuzzy = new SimpleQueryParser(
                words,
                Map.of("title_words", 3f, "summary_words", 2f, "body_words", 1f, "labels_words", 1f),
                FUZZY_FLAGS);
        fuzzy.setDefaultOperator(Occur.MUST);
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        or.add(exactQuery, Occur.SHOULD);
        or.add(new BoostQuery(fuzzy.parse(fuzzyText), 0.3f), Occur.SHOULD);
        return or.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** Counts the values of {@code facets} and {@code type} over every hit, per segment by ordinal. */
    private static final class FacetCounter extends SimpleCollector {
        private final Map<String, Long> counts = new HashMap<>();
        private SortedSetDocValues facets;
        private SortedSetDocValues types;
        private long[] facetOrds;
        private long[] typeOrds;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            facets = DocValues.getSortedSet(context.reader(), "facets");
            types = DocValues.getSortedSet(context.reader(), "type");
            facetOrds = new long[(int) facets.getValueCount()];
            typeOrds = new long[(int) types.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (facets.advanceExact(doc)) {
                for (int i = 0; i < facets.docValueCount(); i++) {
                    facetOrds[(int) facets.nextOrd()]++;
                }
            }
            if (types.advanceExact(doc)) {
                for (int i = 0; i < types.docValueCount(); i++) {
                    typeOrds[(int) types.nextOrd()]++;
                }
            }
        }

        private void flush() throws IOException {
            if (facets == null) {
                return;
            }
            add(facets, facetOrds, "");
            add(types, typeOrds, "type=");
            facets = null;
        }

        private void add(SortedSetDocValues values, long[] ords, String prefix) throws IOException {
            for (int ord = 0; ord < ords.length; ord++) {
                if (ords[ord] > 0) {
                    BytesRef term = values.lookupOrd(ord);
                    counts.merge(prefix + term.utf8ToString(), ords[ord], Long::sum);
                }
            }
        }

        Map<String, Long> counts() throws IOException {
            flush();
            return counts;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
