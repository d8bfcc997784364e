package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counting on a plain Lucene index of 120,000 documents whose counts are known: every count exact below the limit,
 * close estimates above it.
 */
class FacetCountsTests {

    static final int DOCS = 120_000;
    static ByteBuffersDirectory directory;
    static DirectoryReader reader;
    static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                // Two documents in three say "common"; one in 100 says "rare".
                if (i % 3 != 0) {
                    d.add(new StringField("w", "common", Field.Store.NO));
                }
                if (i % 100 == 0) {
                    d.add(new StringField("w", "rare", Field.Store.NO));
                }
                d.add(new SortedSetDocValuesField("facets", new BytesRef("axis:v" + (i % 4))));
                if (i % 10 == 0) {
                    d.add(new SortedSetDocValuesField("facets", new BytesRef("other:tenth")));
                }
                d.add(new SortedSetDocValuesField("type", new BytesRef(i % 5 == 0 ? "case" : "resource")));
                writer.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    static long expected(java.util.function.IntPredicate hit, java.util.function.IntPredicate value) {
        long n = 0;
        for (int i = 0; i < DOCS; i++) {
            if (hit.test(i) && value.test(i)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void belowTheLimitEveryCountIsExact() throws IOException {
        FacetCounts.Counts counts = FacetCounts.count(searcher, new TermQuery(new Term("w", "rare")), 5_000);

        assertThat(counts.estimated()).isFalse();
        assertThat(counts.total()).isEqualTo(DOCS / 100);
        assertThat(counts.values())
                .containsEntry("type:case", expected(i -> i % 100 == 0, i -> i % 5 == 0))
                .containsEntry("other:tenth", (long) DOCS / 100)
                .containsEntry("axis:v0", (long) DOCS / 100)
                .doesNotContainKey("axis:v1");
    }

    @Test
    void aboveTheLimitTheTotalAndTheCountsAreCloseEstimates() throws IOException {
        FacetCounts.Counts counts = FacetCounts.count(searcher, new TermQuery(new Term("w", "common")), 2_000);
        long total = expected(i -> i % 3 != 0, i -> true);

        assertThat(counts.estimated()).isTrue();
        assertThat((double) counts.total()).isCloseTo(total, within(total * 0.03));
        Map<String, Long> values = counts.values();
        for (int v = 0; v < 4; v++) {
            int value = v;
            long exact = expected(i -> i % 3 != 0, i -> i % 4 == value);
            assertThat((double) values.get("axis:v" + v)).as("axis:v" + v).isCloseTo(exact, within(exact * 0.05));
        }
        long tenth = expected(i -> i % 3 != 0, i -> i % 10 == 0);
        assertThat((double) values.get("other:tenth")).isCloseTo(tenth, within(tenth * 0.08));
        long cases = expected(i -> i % 3 != 0, i -> i % 5 == 0);
        assertThat((double) values.get("type:case")).isCloseTo(cases, within(cases * 0.08));
    }

    @Test
    void anEstimateIsRoundedAndNeverAboveTheTotal() throws IOException {
        FacetCounts.Counts counts = FacetCounts.count(searcher, new TermQuery(new Term("w", "common")), 2_000);

        assertThat(counts.total()).isEqualTo(FacetCounts.roundEstimate(counts.total()));
        counts.values().values().forEach(count -> assertThat(count).isBetween(1L, counts.total()));
    }

    @Test
    void aLimitAboveTheHitsReadsEverything() throws IOException {
        FacetCounts.Counts counts =
                FacetCounts.count(searcher, new TermQuery(new Term("w", "common")), Integer.MAX_VALUE);

        assertThat(counts.estimated()).isFalse();
        assertThat(counts.total()).isEqualTo(expected(i -> i % 3 != 0, i -> true));
        assertThat(counts.values()).containsEntry("axis:v2", expected(i -> i % 3 != 0, i -> i % 4 == 2));
    }
}
