package org.catalyse.search;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.catalyse.frame.Frame;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.hibernate.search.mapper.orm.Search;

/**
 * Generated resources ({@link SearchCorpus}) put straight into the {@code search_entry} table of a running
 * application with batched JDBC inserts (any database), then the index built with Hibernate Search's mass
 * indexer, as {@code SearchIndexer.rebuild} does. For benchmarks that need the index at scale; the search
 * benchmark itself loads PostgreSQL with {@code COPY}.
 */
public final class SearchData {

    private static final int BATCH = 500;
    private static final int COMMIT = 5000;

    private final SearchCorpus corpus;

    public SearchData(long seed, Frame frame) {
        this.corpus = new SearchCorpus(
                seed,
                facet ->
                        frame.value(facet).map(v -> v.label().in(Locale.FRENCH)).orElse(facet));
    }

    /**
     * Inserts resources {@code 0} to {@code count - 1}; {@code progress} is told how many are in, every 100,000.
     *
     * @return the total length of the titles, summaries and bodies, in characters
     */
    public long insert(DataSource dataSource, int count, IntConsumer progress) throws Exception {
        long chars = 0;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into search_entry (id, type, entry_key, title,"
                    + " summary, body, labels, url, entry_date, facet_values, territory_ids, within_ids)"
                    + " values (?, 'resource', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    SearchCorpus.Doc d = corpus.doc(i);
                    s.setString(1, d.id());
                    s.setString(2, d.key());
                    s.setString(3, d.title());
                    s.setString(4, d.summary());
                    s.setString(5, d.body());
                    s.setString(6, d.labels());
                    s.setString(7, d.url());
                    s.setDate(8, Date.valueOf(d.date()));
                    s.setString(9, String.join(" ", d.facets()));
                    s.setString(10, String.join(" ", d.territories()));
                    s.setString(11, String.join(" ", d.within()));
                    s.addBatch();
                    chars +=
                            d.title().length() + d.summary().length() + d.body().length();
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        s.executeBatch();
                    }
                    if ((i + 1) % COMMIT == 0 || i + 1 == count) {
                        c.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        progress.accept(i + 1);
                    }
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        return chars;
    }

    /**
     * Compares the generated {@code within} sets of the first documents with those the application computes.
     *
     * @return how many differ
     */
    public int checkWithin(int count, Territories territories) {
        return checkWithin(corpus, count, territories);
    }

    /**
     * Compares the generated {@code within} sets of the first 5,000 documents with what {@code SearchIndexer}
     * would compute.
     */
    static int checkWithin(SearchCorpus corpus, int docs, Territories territories) {
        int differences = 0;
        for (int i = 0; i < Math.min(docs, 5000); i++) {
            SearchCorpus.Doc d = corpus.doc(i);
            Set<String> expected = new LinkedHashSet<>();
            for (String id : d.territories()) {
                territories.enclosing(TerritoryId.parse(id)).forEach(t -> expected.add(t.toString()));
                expected.add(id);
            }
            if (!expected.equals(d.within())) {
                if (differences < 3) {
                    System.err.println("within differs for " + d.territories() + ": generated " + d.within()
                            + ", application " + expected);
                }
                differences++;
            }
        }
        return differences;
    }

    /** Rebuilds the whole index from the {@code search_entry} table (every type), as the search module does. */
    public static void massIndex(EntityManagerFactory emf, int threads, int batch) throws InterruptedException {
        Search.mapping(emf)
                .scope(SearchEntry.class)
                .massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(threads)
                .batchSizeToLoadObjects(batch)
                .startAndWait();
    }

    /** How many entries of a type the index holds, exactly. */
    public static long indexed(SearchEngine search, String type) {
        return search.count(new SearchQuery(null, type, null, null, java.util.Map.of(), 1, 1));
    }
}
