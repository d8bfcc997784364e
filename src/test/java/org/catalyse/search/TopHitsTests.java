package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page of hits found with only the words scored and the conditions checked per document (or, for narrow
 * conditions, with the conditions leading), on several segments searched side by side, is the page a plain Lucene
 * search of words and conditions finds.
 */
class TopHitsTests {

    static ByteBuffersDirectory directory;
    static DirectoryReader reader;
    static ExecutorService threads = Executors.newFixedThreadPool(2);
    static final String[] WORDS = {"partenariat", "entreprise", "association", "territoire", "mécénat"};

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            java.util.Random random = new java.util.Random(17);
            for (int i = 0; i < 30_000; i++) {
                Document d = new Document();
                StringBuilder text = new StringBuilder();
                for (int w = 0, n = 3 + random.nextInt(30); w < n; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                d.add(new TextField("body", text.toString(), Field.Store.NO));
                d.add(new StringField("territories", "departement:" + (i % 7), Field.Store.NO));
                if (i % 500 == 0) {
                    d.add(new StringField("territories", "epci:rare", Field.Store.NO));
                }
                if (i % 11 != 0) {
                    d.add(new SortedNumericDocValuesField("entryDate", 18_000 + random.nextInt(3_000)));
                }
                writer.addDocument(d);
                if (i % 4_000 == 3_999) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        threads.shutdownNow();
    }

    @Test
    void theIndexHasSeveralSegments() {
        assertThat(reader.leaves()).hasSizeGreaterThan(4);
    }

    @Test
    void wordsUnderConditionsGiveThePlainSearchsPageOnOneThreadOrSeveral() throws IOException {
        Query words = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "partenariat")), Occur.MUST)
                .add(new TermQuery(new Term("body", "entreprise")), Occur.MUST)
                .build();
        Query filter = new TermQuery(new Term("territories", "departement:3"));
        Query whole = LuceneQueries.both(words, filter);
        for (int offset : new int[] {0, 20, 400}) {
            ScoreDoc[] expected = plain(whole, new Sort(SortField.FIELD_SCORE, TopHits.dateDesc()), offset, 20);
            assertThat(expected).hasSize(20);
            assertThat(docs(TopHits.top(new IndexSearcher(reader), words, filter, whole, offset, 20)))
                    .containsExactly(docs(expected));
            assertThat(docs(TopHits.top(new IndexSearcher(reader, threads), words, filter, whole, offset, 20)))
                    .containsExactly(docs(expected));
        }
    }

    @Test
    void narrowConditionsLeadTheSearchAndGiveTheSamePage() throws IOException {
        Query words = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "partenariat")), Occur.MUST)
                .add(new TermQuery(new Term("body", "entreprise")), Occur.MUST)
                .build();
        Query rare = new TermQuery(new Term("territories", "epci:rare"));
        Query broad = new TermQuery(new Term("territories", "departement:3"));
        IndexSearcher searcher = new IndexSearcher(reader, threads);
        var weight = (java.util.function.Function<Query, org.apache.lucene.search.Weight>) q -> {
            try {
                return searcher.createWeight(q, org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThat(TopHits.selective(searcher, weight.apply(rare), words)).isTrue();
        assertThat(TopHits.selective(searcher, weight.apply(broad), words)).isFalse();

        Query whole = LuceneQueries.both(words, rare);
        ScoreDoc[] expected = plain(whole, new Sort(SortField.FIELD_SCORE, TopHits.dateDesc()), 0, 20);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(docs(TopHits.top(searcher, words, rare, whole, 0, 20))).containsExactly(docs(expected));
    }

    @Test
    void withoutWordsTheNewestComeFirstAndUndatedLast() throws IOException {
        Query filter = new TermQuery(new Term("territories", "departement:5"));
        Query whole = LuceneQueries.both(null, filter);
        int total = new IndexSearcher(reader).count(whole);
        ScoreDoc[] expected = plain(whole, new Sort(TopHits.dateDesc()), total - 30, 30);
        assertThat(docs(TopHits.top(new IndexSearcher(reader, threads), null, filter, whole, total - 30, 30)))
                .containsExactly(docs(expected));
        assertThat(TopHits.top(new IndexSearcher(reader), null, filter, whole, total, 20))
                .isEmpty();
        assertThat(TopHits.top(new IndexSearcher(reader), null, null, new MatchAllDocsQuery(), 0, 5))
                .hasSize(5);
    }

    private static ScoreDoc[] plain(Query query, Sort sort, int offset, int size) throws IOException {
        ScoreDoc[] all = new IndexSearcher(reader).search(query, offset + size, sort, true).scoreDocs;
        return Arrays.copyOfRange(all, Math.min(offset, all.length), Math.min(all.length, offset + size));
    }

    private static Integer[] docs(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc).toArray(Integer[]::new);
    }
}
