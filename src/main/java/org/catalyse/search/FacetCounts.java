package org.catalyse.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts the hits of a query and, among them, the values of {@code facets} and {@code type}, without scoring.
 * Values are counted by ordinal in an array per index segment, from doc values.
 *
 * <p>The first {@code exactLimit} hits are counted one by one; if that is all the hits, every count is exact.
 * Otherwise, in the rest of the index, only the hits in evenly spaced windows of {@value #WINDOW} consecutive
 * documents are read (Lucene skips the others), about enough to find {@code exactLimit / 2} more hits; the number of
 * hits and the count of each value in the rest are estimated from them, in proportion to the share of documents
 * read, then rounded to two significant digits (see docs/decisions/0008).
 */
final class FacetCounts {

    /** Documents per window. */
    static final int WINDOW = 512;

    /**
     * What a count found.
     *
     * @param total the number of hits, exact unless {@code estimated}
     * @param values count by {@code axis:value} (type values as {@code type:<type>})
     * @param estimated whether the total and the counts were estimated from a sample
     */
    record Counts(long total, Map<String, Long> values, boolean estimated) {}

    private FacetCounts() {}

    /** @param query a rewritten query */
    static Counts count(IndexSearcher searcher, Query query, int exactLimit) throws IOException {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Tally tally = new Tally(
                Math.max(1, exactLimit), Math.max(1, searcher.getIndexReader().maxDoc()));
        for (LeafReaderContext leaf : leaves) {
            tally.read(weight, leaf);
        }
        return tally.counts();
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

    /** The counts of one search, segment after segment. */
    private static final class Tally {
        private final int exactLimit;
        private final int maxDoc;
        private final Map<String, long[]> byValue = new HashMap<>();
        private long exactHits;
        private long sampledHits;
        /** Read only the windows whose number is a multiple of {@code stride}; 0 while counting every hit. */
        private long stride;
        /** The first document (index-wide number) of the sampled part. */
        private int sampleFrom;

        Tally(int exactLimit, int maxDoc) {
            this.exactLimit = exactLimit;
            this.maxDoc = maxDoc;
        }

        void read(Weight weight, LeafReaderContext leaf) throws IOException {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                return;
            }
            SortedSetDocValues facets = DocValues.getSortedSet(leaf.reader(), "facets");
            SortedSetDocValues types = DocValues.getSortedSet(leaf.reader(), "type");
            int[] exactFacets = new int[(int) facets.getValueCount()];
            int[] sampleFacets = new int[exactFacets.length];
            int[] exactTypes = new int[(int) types.getValueCount()];
            int[] sampleTypes = new int[exactTypes.length];
            Bits live = leaf.reader().getLiveDocs();
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            int base = leaf.docBase;
            int doc = docs.nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                if (stride > 1) {
                    long window = (base + (long) doc) / WINDOW;
                    if (window % stride != 0) {
                        long next = (window / stride + 1) * stride * WINDOW - base;
                        doc = next >= leaf.reader().maxDoc() ? DocIdSetIterator.NO_MORE_DOCS : docs.advance((int) next);
                        continue;
                    }
                }
                if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                    if (stride > 1) {
                        sampledHits++;
                        add(facets, doc, sampleFacets);
                        add(types, doc, sampleTypes);
                    } else {
                        exactHits++;
                        add(facets, doc, exactFacets);
                        add(types, doc, exactTypes);
                        if (stride == 0 && exactHits >= exactLimit) {
                            startSampling(base + doc + 1);
                        }
                    }
                }
                doc = docs.nextDoc();
            }
            add(facets, "", exactFacets, sampleFacets);
            add(types, "type:", exactTypes, sampleTypes);
        }

        /**
         * Once {@code exactLimit} hits are counted: read one window in {@code stride} of the rest, so that about
         * {@code exactLimit / 2} more hits are expected at the density seen so far; every document (stride 1) when
         * the rest is small enough.
         */
        private void startSampling(int from) {
            double density = exactHits / (double) from;
            double expected = density * (maxDoc - from);
            stride = Math.max(1, (long) Math.ceil(expected / Math.max(1, exactLimit / 2)));
            sampleFrom = from;
        }

        /** The number of documents in the sampled windows of the sampled part. */
        private long sampledDocs() {
            long docs = 0;
            for (long w = sampleFrom / WINDOW; w * WINDOW < maxDoc; w++) {
                if (w % stride == 0) {
                    docs += Math.max(0, Math.min((w + 1) * WINDOW, maxDoc) - Math.max(w * WINDOW, sampleFrom));
                }
            }
            return docs;
        }

        private static void add(SortedSetDocValues values, int doc, int[] counts) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0, n = values.docValueCount(); i < n; i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        private void add(SortedSetDocValues values, String prefix, int[] exact, int[] sample) throws IOException {
            for (int ord = 0; ord < exact.length; ord++) {
                if (exact[ord] != 0 || sample[ord] != 0) {
                    long[] c = byValue.computeIfAbsent(
                            prefix + values.lookupOrd(ord).utf8ToString(), k -> new long[2]);
                    c[0] += exact[ord];
                    c[1] += sample[ord];
                }
            }
        }

        Counts counts() {
            Map<String, Long> values = new HashMap<>();
            if (stride <= 1) {
                byValue.forEach((value, c) -> values.put(value, c[0]));
                return new Counts(exactHits, values, false);
            }
            long sampledDocs = sampledDocs();
            double scale = sampledDocs == 0 ? 0 : (maxDoc - sampleFrom) / (double) sampledDocs;
            long total = roundEstimate(exactHits + sampledHits * scale);
            byValue.forEach((value, c) -> {
                long estimate = Math.min(total, roundEstimate(c[0] + c[1] * scale));
                if (estimate > 0) {
                    values.put(value, estimate);
                }
            });
            return new Counts(total, values, true);
        }
    }
}
