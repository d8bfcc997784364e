package org.catalyse.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor of the search benchmark: the same search as {@link SearchEngine#search} written directly against
 * Lucene, on the index directory the application wrote, with no Hibernate Search in between. Same analyzers
 * ({@link FrenchAnalysis#analyzer}), the same Lucene query (built by {@link LuceneQueries}, rewritten once), the
 * same counting pass ({@link FacetCounts}, with the same limit for exact counts) on a second thread while the first
 * finds the top 20 the same way ({@link TopHits}, segments side by side on as many threads as CPUs), then their
 * stored fields and the same snippets ({@link Snippets}).
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
        queries = LuceneQueries.withFrenchAnalysis();
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
        Snippets snippets = new Snippets(q.isEmpty() ? null : queries.words(q, variants, typos));
        for (ScoreDoc d : docs) {
            org.apache.lucene.document.Document document = stored.document(d.doc);
            snippets.of(document.get("body"), document.get("summary"));
        }
        FacetCounts.Counts counts;
        try {
            counts = counting.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException(e);
        }
        return new Result(counts.total(), docs.length, counts.values().size());
    }

    @Override
    public void close() throws IOException {
        countingThread.shutdownNow();
        pageThreads.shutdownNow();
        reader.close();
        directory.close();
    }
}
