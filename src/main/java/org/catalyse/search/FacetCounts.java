package org.catalyse.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the hits of a query and, among them, the values of {@code facets} and {@code type}, in one pass that
 * does not score. Values are counted by ordinal in an array per index segment, from doc values.
 *
 * <p>The first {@code exactLimit} hits are counted one by one. Past them, only an even sample of the hits is
 * read (about {@code exactLimit} documents whatever the size of the index), and the counts of the rest are
 * estimated from it; the number of hits is always exact. A search with fewer hits than the limit has exact
 * counts.
 */
final class FacetCounts {

    /**
     * What a count found.
     *
     * @param values count by {@code axis:value} (type values as {@code type:<type>})
     * @param estimated whether some counts were estimated from a sample
     */
    record Counts(long total, Map<String, Long> values, boolean estimated) {}

    private FacetCounts() {}

    static Counts count(IndexSearcher searcher, Query query, int exactLimit) throws IOException {
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        int stride = (int) Math.max(1, (maxDoc + (long) exactLimit - 1) / Math.max(1, exactLimit));
        Counter counter = new Counter(Math.max(1, exactLimit), stride);
        searcher.search(query, counter);
        return counter.counts();
    }

    /** Rounds an estimate to two significant digits: 48,213 gives 48,000; 87 stays 87. */
    static long roundEstimate(double estimate) {
        long n = Math.round(estimate);
        if (n < 100) {
            return n;
        }
        long unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return Math.round(n / (double) unit) * unit;
    }

    private static final class Counter extends SimpleCollector {
        private final int exactLimit;
        private final int stride;
        private final Map<String, long[]> byValue = new HashMap<>();
        private long total;
        private long tail;
        private long sampled;

        private int docBase;
        private SortedSetDocValues facets;
        private SortedSetDocValues types;
        private int[] exactFacets = new int[0];
        private int[] sampleFacets = new int[0];
        private int[] exactTypes = new int[0];
        private int[] sampleTypes = new int[0];

        Counter(int exactLimit, int stride) {
            this.exactLimit = exactLimit;
            this.stride = stride;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            docBase = context.docBase;
            facets = DocValues.getSortedSet(context.reader(), "facets");
            types = DocValues.getSortedSet(context.reader(), "type");
            exactFacets = new int[(int) facets.getValueCount()];
            sampleFacets = new int[exactFacets.length];
            exactTypes = new int[(int) types.getValueCount()];
            sampleTypes = new int[exactTypes.length];
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            if (total <= exactLimit) {
                add(facets, doc, exactFacets);
                add(types, doc, exactTypes);
                return;
            }
            tail++;
            if (stride == 1 || Integer.remainderUnsigned(mix(docBase + doc), stride) == 0) {
                sampled++;
                add(facets, doc, sampleFacets);
                add(types, doc, sampleTypes);
            }
        }

        /** Spreads document numbers so that the sample does not follow the order in which entries were added. */
        private static int mix(int x) {
            int h = x * 0x9E3779B1;
            return h ^ (h >>> 15);
        }

        private static void add(SortedSetDocValues values, int doc, int[] counts) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0, n = values.docValueCount(); i < n; i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        /** Moves the counts of the segment just read into the counts by value. */
        private void flush() throws IOException {
            flush(facets, "", exactFacets, sampleFacets);
            flush(types, "type:", exactTypes, sampleTypes);
        }

        private void flush(SortedSetDocValues values, String prefix, int[] exact, int[] sample) throws IOException {
            for (int ord = 0; ord < exact.length; ord++) {
                if (exact[ord] != 0 || sample[ord] != 0) {
                    long[] c = byValue.computeIfAbsent(
                            prefix + values.lookupOrd(ord).utf8ToString(), k -> new long[2]);
                    c[0] += exact[ord];
                    c[1] += sample[ord];
                }
            }
        }

        Counts counts() throws IOException {
            flush();
            exactFacets = sampleFacets = exactTypes = sampleTypes = new int[0];
            Map<String, Long> values = new HashMap<>();
            if (tail == 0) {
                byValue.forEach((value, c) -> values.put(value, c[0]));
                return new Counts(total, values, false);
            }
            long counted = total - tail;
            byValue.forEach((value, c) -> {
                double rest = sampled > 0 ? c[1] * (double) tail / sampled : c[0] * (double) tail / counted;
                long estimate = Math.min(total, roundEstimate(c[0] + rest));
                if (estimate > 0) {
                    values.put(value, estimate);
                }
            });
            return new Counts(total, values, true);
        }
    }
}
