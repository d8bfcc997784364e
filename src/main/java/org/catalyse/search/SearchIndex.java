package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.catalyse.shared.GrowingTables;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the search entries of many new documents at once, in the caller's transaction: an import's entries commit with
 * the objects they describe (or not at all), and the index takes them once committed, without holding the caller.
 * Single changes are announced with {@link SearchDocumentChanged} instead; the start-up check and the rebuild
 * command repair an index that missed entries (see docs/decisions/0011).
 */
@Service
public class SearchIndex {

    private final SearchIndexer indexer;
    private final EntityManager entityManager;
    private final GrowingTables entries;

    SearchIndex(SearchIndexer indexer, EntityManager entityManager, JdbcTemplate jdbc) {
        this.indexer = indexer;
        this.entityManager = entityManager;
        this.entries = new GrowingTables(jdbc, "search_entry");
    }

    /** Replaces or adds the entries of these documents, within the transaction of the caller. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void put(List<SearchDocument> documents) {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        indexer.putInCurrentTransaction(documents);
    }

    /**
     * Adds the entries of documents of objects created in the caller's transaction, without looking for earlier entries
     * of them (an import of new records), which {@link #put} does. As an object's entry is written with the object, none
     * can exist yet; should one exist all the same (left behind by a record removed outside the application), the
     * transaction fails on the entries' primary key, and the caller may write the same again with {@link #put}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(List<SearchDocument> documents) {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        indexer.addInCurrentTransaction(documents);
    }

    /**
     * Tells that entries put by {@link #put} or {@link #add} were just committed, outside any transaction: an import
     * adding thousands of entries keeps the database's statistics of them up to date ({@link GrowingTables}).
     */
    public void added(int count) {
        entries.added(count);
    }
}
