package org.catalyse.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.Weight;

/**
 * Finds which entries make one page of a search, in Lucene directly: by relevance then date (date alone without
 * words), as the pages show them. With words and conditions, only the words are scored and the conditions are
 * checked on each document the words propose: Lucene then skips, by blocks, the documents whose words cannot
 * score high enough to make the page, which it does not do when the conditions are clauses of the same query.
 * Conditions much narrower than the words (a département, an EPCI) lead instead, as clauses of the query.
 */
final class TopHits {

    /** Where Hibernate Search keeps the id of each indexed entry. */
    static final String ID_FIELD = "__HSEARCH_id_docvalue";

    /**
     * Conditions that let through less than this share of what the words propose lead the search (see {@link
     * #selective}); measured on the benchmark corpus, docs/decisions/0010.
     */
    static final double SELECTIVE = 0.05;

    private TopHits() {}

    /** The stored fields a hit is shown with. */
    static final Set<String> SHOWN = Set.of("type", "title", "url", "summary", "body", "entryDate");

    /**
     * The hits of one page, best first, with their fields read from the index and their snippets.
     *
     * @param words the rewritten words query, or null to list by date
     * @param filter the rewritten conditions, or null
     * @param whole the rewritten search (words and conditions)
     */
    static List<SearchResults.Hit> page(
            IndexSearcher searcher, Query words, Query filter, Query whole, int offset, int size, Snippets snippets)
            throws IOException {
        ScoreDoc[] docs = top(searcher, words, filter, whole, offset, size);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) {
            String id = idOf(leaves, d.doc);
            Document fields = stored.document(d.doc, SHOWN);
            String date = fields.get("entryDate");
            hits.add(new SearchResults.Hit(
                    fields.get("type"),
                    id.substring(id.indexOf(':') + 1),
                    fields.get("title"),
                    fields.get("url"),
                    snippets.of(fields.get("body"), fields.get("summary")),
                    date == null ? null : LocalDate.parse(date)));
        }
        return hits;
    }

    /** The id of the entry indexed as document {@code doc} (of the reader whose leaves are given). */
    static String idOf(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_FIELD);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Index entry without an id: " + doc);
        }
        return ids.binaryValue().utf8ToString();
    }

    /**
     * The documents of the page, best first (see {@link #page}). Segments are searched side by side when the
     * searcher has an executor; the best score found so far is shared between them.
     */
    static ScoreDoc[] top(IndexSearcher searcher, Query words, Query filter, Query whole, int offset, int size)
            throws IOException {
        int wanted = offset + size;
        Sort sort = words == null ? new Sort(dateDesc()) : new Sort(SortField.FIELD_SCORE, dateDesc());
        CollectorManager<TopFieldCollector, TopFieldDocs> best =
                TopFieldCollector.createSharedManager(sort, wanted, null, wanted);
        TopFieldDocs found;
        Weight conditions = words == null || filter == null
                ? null
                : searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        if (conditions == null || selective(searcher, conditions, words)) {
            found = searcher.search(whole, best);
        } else {
            found = searcher.search(words, new CollectorManager<Filtered<TopFieldCollector>, TopFieldDocs>() {
                @Override
                public Filtered<TopFieldCollector> newCollector() throws IOException {
                    return new Filtered<>(best.newCollector(), conditions);
                }

                @Override
                public TopFieldDocs reduce(Collection<Filtered<TopFieldCollector>> collectors) throws IOException {
                    return best.reduce(collectors.stream().map(Filtered::top).toList());
                }
            });
        }
        ScoreDoc[] docs = found.scoreDocs;
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(docs, offset, Math.min(docs.length, wanted));
    }

    /**
     * Whether the conditions let through so few documents compared with those the words propose (by Lucene's
     * estimates, read from the term dictionary) that the search had better go through them first: checking the
     * words' candidates one by one would read almost all of them before the page fills up.
     */
    static boolean selective(IndexSearcher searcher, Weight conditions, Query words) throws IOException {
        Weight proposed = searcher.createWeight(words, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long conditionsCost = 0;
        long wordsCost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier c = conditions.scorerSupplier(leaf);
            conditionsCost += c == null ? 0 : c.cost();
            ScorerSupplier w = proposed.scorerSupplier(leaf);
            wordsCost += w == null ? 0 : w.cost();
        }
        return conditionsCost < SELECTIVE * wordsCost;
    }

    /** Entry date, most recent first, entries without a date last. */
    static SortField dateDesc() {
        SortField date = new SortedNumericSortField("entryDate", SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }

    /**
     * The best {@code n} documents of {@code query} by score alone (equal scores in index order), those that do not
     * meet {@code filter} (when not null) passed over: the query alone proposes documents and the filter is checked
     * on each, like a page of hits (see {@link #top}). Without a date to break ties, a document scoring only as much
     * as the last one kept is never competitive, so Lucene skips all it can.
     */
    static TopDocs bestByScore(IndexSearcher searcher, Query query, Query filter, int n) throws IOException {
        CollectorManager<TopScoreDocCollector, TopDocs> best = TopScoreDocCollector.createSharedManager(n, null, n);
        if (filter == null) {
            return searcher.search(query, best);
        }
        Weight conditions = searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return searcher.search(query, new CollectorManager<Filtered<TopScoreDocCollector>, TopDocs>() {
            @Override
            public Filtered<TopScoreDocCollector> newCollector() throws IOException {
                return new Filtered<>(best.newCollector(), conditions);
            }

            @Override
            public TopDocs reduce(Collection<Filtered<TopScoreDocCollector>> collectors) throws IOException {
                return best.reduce(collectors.stream().map(Filtered::top).toList());
            }
        });
    }

    /** Passes on the documents that also match the conditions. */
    private record Filtered<C extends Collector>(C top, Weight filter) implements Collector {

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Scorer accepted = filter.scorer(context);
            if (accepted == null) {
                throw new CollectionTerminatedException();
            }
            LeafCollector in = top.getLeafCollector(context);
            DocIdSetIterator docs = accepted.iterator();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    in.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int at = docs.docID();
                    if (at < doc) {
                        at = docs.advance(doc);
                    }
                    if (at == doc) {
                        in.collect(doc);
                    }
                }
            };
        }
    }
}
