package org.catalyse.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor of the search benchmark: the same search as {@link SearchEngine#search} written directly against
 * Lucene, on the index directory the application wrote, with no Hibernate Search in between. Same analyzers
 * (built with {@link CustomAnalyzer} from the filters of {@link FrenchAnalysis}), the same Lucene query (built by
 * {@link LuceneQueries}, rewritten once), the same counting pass ({@link FacetCounts}, with the same limit for exact
 * counts) on a second thread while the first finds the top 20 the same way ({@link TopHits}, segments side by side on as many threads as CPUs), then their stored
 * fields and a fast vector highlight of body and summary.
 */
final class RawLuceneSearch implements AutoCloseable {

    /** What one search found. */
    record Result(long total, int hits, int facetCount) {}

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final LuceneQueries queries;
    private final ExecutorService pageThreads =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread thread = new Thread(r, "raw-lucene-page");
                thread.setDaemon(true);
                return thread;
            });
    private final ExecutorService countingThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "raw-lucene-count");
        thread.setDaemon(true);
        return thread;
    });

    RawLuceneSearch(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader, pageThreads);
        Analyzer words = analyzer(false);
        queries = new LuceneQueries(new PerFieldAnalyzerWrapper(
                analyzer(true),
                Map.of("title_words", words, "summary_words", words, "body_words", words, "labels_words", words)));
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
    Result search(SearchQuery query, Map<String, List<String>> around, List<String> variants, int exactFacetLimit)
            throws IOException {
        String q = query.q() == null ? "" : query.q().trim();
        Result exact = search(query, around, variants, q, false, exactFacetLimit);
        if (exact.total() > 0 || q.isEmpty() || !SearchEngine.hasLongWord(q)) {
            return exact;
        }
        return search(query, around, variants, q, true, exactFacetLimit);
    }

    private Result search(
            SearchQuery query,
            Map<String, List<String>> around,
            List<String> variants,
            String q,
            boolean typos,
            int exactFacetLimit)
            throws IOException {
        Query words = q.isEmpty() ? null : searcher.rewrite(queries.words(q, variants, typos));
        Query filter = queries.filter(query, around.getOrDefault(query.territory(), List.of()))
                .orElse(null);
        filter = filter == null ? null : searcher.rewrite(filter);
        Query whole = searcher.rewrite(LuceneQueries.both(words, filter));
        Future<FacetCounts.Counts> counting =
                countingThread.submit(() -> FacetCounts.count(searcher, whole, exactFacetLimit));
        ScoreDoc[] docs = TopHits.top(searcher, words, filter, whole, 0, 20);
        StoredFields stored = searcher.storedFields();
        FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);
        FieldQuery fieldQuery =
                q.isEmpty() ? null : highlighter.getFieldQuery(queries.words(q, variants, typos), reader);
        for (ScoreDoc d : docs) {
            stored.document(d.doc);
            if (fieldQuery != null) {
                fragments(highlighter, fieldQuery, d.doc, "body");
                fragments(highlighter, fieldQuery, d.doc, "summary");
            }
        }
        FacetCounts.Counts counts;
        try {
            counts = counting.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException(e);
        }
        return new Result(counts.total(), docs.length, counts.values().size());
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

    @Override
    public void close() throws IOException {
        countingThread.shutdownNow();
        pageThreads.shutdownNow();
        reader.close();
        directory.close();
    }
}
