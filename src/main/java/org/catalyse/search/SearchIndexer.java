package org.catalyse.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index equal to what the modules hold: each changed document replaces its entry; at start-up,
 * and on demand, the whole index is rebuilt from the {@link SearchSource}s when it differs from them.
 */
@Component
class SearchIndexer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final int BATCH = 500;

    private final SearchEntries entries;
    private final List<SearchSource> sources;
    private final Territories territories;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    /** A transaction committed before {@link #write} lets the next writer in. */
    private final TransactionTemplate ownTransaction;

    private final boolean checkOnStart;

    SearchIndexer(
            SearchEntries entries,
            List<SearchSource> sources,
            Territories territories,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            @Value("${catalyse.search.check-on-start:true}") boolean checkOnStart) {
        this.entries = entries;
        this.sources = sources;
        this.territories = territories;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checkOnStart = checkOnStart;
    }

    /**
     * Writes the entry of a changed document once its change is committed. Not run in a transaction of its own
     * (unlike an {@code @ApplicationModuleListener}): it may wait for {@link #write}, and should hold no connection
     * while it waits.
     */
    @Async
    @TransactionalEventListener
    void on(SearchDocumentChanged event) {
        write(event.document());
    }

    /**
     * Writes the entry of a changed document as its module holds it now, one writer at a time and each committed
     * before the next starts (a rebuild waits too). The listeners of two quick edits of one object run side by side
     * and in any order, so the copy an event carries may be older than what another listener wrote already, and two
     * first writes of one entry would collide; the last to run reads what was committed last.
     */
    synchronized void write(SearchDocument changed) {
        Optional<SearchSource> source =
                sources.stream().filter(s -> s.type().equals(changed.type())).findFirst();
        Optional<SearchDocument> current =
                source.isPresent() ? source.get().document(changed.key()) : Optional.of(changed);
        current.ifPresent(
                document -> ownTransaction.executeWithoutResult(status -> putInCurrentTransaction(List.of(document))));
    }

    /** Replaces (or adds) the entries of documents, in the transaction under way, the existing ones looked up at once. */
    void putInCurrentTransaction(List<SearchDocument> documents) {
        Map<String, SearchEntry> existing = new HashMap<>();
        entries.findAllById(documents.stream().map(SearchDocument::id).toList()).forEach(e -> existing.put(e.id(), e));
        for (SearchDocument document : documents) {
            SearchEntry entry = existing.get(document.id());
            if (entry == null) {
                entityManager.persist(fill(new SearchEntry(document.id()), document));
            } else {
                fill(entry, document);
            }
        }
    }

    /** Adds the entries of documents that have none yet, in the transaction under way. */
    void addInCurrentTransaction(List<SearchDocument> documents) {
        for (SearchDocument document : documents) {
            entityManager.persist(fill(new SearchEntry(document.id()), document));
        }
    }

    /** How many documents the sources hold. */
    long expectedCount() {
        return sources.stream().mapToLong(SearchSource::count).sum();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!checkOnStart) {
            log.info("Search index not compared with the database at start-up (catalyse.search.check-on-start=false)");
            return;
        }
        long expected = expectedCount();
        long stored = entries.count();
        long indexed = indexedCount();
        String mapping = mappingVersion();
        if (expected != stored || stored != indexed) {
            log.info(
                    "Search index out of date ({} objects, {} entries, {} indexed): rebuilding",
                    expected,
                    stored,
                    indexed);
            rebuild(SearchRebuilds.Progress.NONE);
        } else if (!SearchEntry.MAPPING_VERSION.equals(mapping)) {
            log.info(
                    "Search index written by another version of the mapping ({}, now {}): rebuilding",
                    mapping,
                    SearchEntry.MAPPING_VERSION);
            rebuild(SearchRebuilds.Progress.NONE);
        }
    }

    /** The version of the mapping the index was last rebuilt with, or null. */
    String mappingVersion() {
        List<?> found = transaction.execute(status -> entityManager
                .createNativeQuery("select mapping_version from search_index_state where id = 1")
                .getResultList());
        return found == null || found.isEmpty() ? null : String.valueOf(found.get(0));
    }

    private void rememberMapping() {
        transaction.executeWithoutResult(status -> {
            entityManager.createNativeQuery("delete from search_index_state").executeUpdate();
            entityManager
                    .createNativeQuery(
                            "insert into search_index_state (id, mapping_version, rebuilt_at) values (1, ?, ?)")
                    .setParameter(1, SearchEntry.MAPPING_VERSION)
                    .setParameter(2, java.sql.Timestamp.from(java.time.Instant.now()))
                    .executeUpdate();
        });
    }

    /** How many documents the index holds. */
    long indexedCount() {
        return transaction.execute(status -> Search.session(entityManager)
                .search(SearchEntry.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }

    /**
     * Rebuilds every entry from the sources (phase {@code ENTRIES}), then the index from the entries (phase
     * {@code INDEX}, counted by the mass indexer). One rebuild at a time: a second caller waits.
     *
     * @return how many documents the index holds
     */
    synchronized long rebuild(SearchRebuilds.Progress progress) {
        progress.phase(SearchRebuilds.Phase.ENTRIES, expectedCount());
        transaction.executeWithoutResult(status -> {
            entityManager.createNativeQuery("delete from search_entry").executeUpdate();
        });
        long[] done = {0};
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        for (SearchSource source : sources) {
            source.forEachDocument(document -> {
                batch.add(document);
                if (batch.size() == BATCH) {
                    done[0] += writeWithoutIndexing(batch);
                    batch.clear();
                    progress.done(done[0]);
                }
            });
        }
        if (!batch.isEmpty()) {
            done[0] += writeWithoutIndexing(batch);
            progress.done(done[0]);
        }
        progress.phase(SearchRebuilds.Phase.INDEX, done[0]);
        AtomicLong indexed = new AtomicLong();
        try {
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(SearchEntry.class)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress.done(indexed.addAndGet(increment));
                        }

                        @Override
                        public void documentsBuilt(long increment) {}

                        @Override
                        public void entitiesLoaded(long increment) {}

                        public void addToTotalCount(long increment) {}

                        @Override
                        public void indexingCompleted() {}
                    })
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reconstruction de l'index interrompue", e);
        }
        rememberMapping();
        return indexedCount();
    }

    /** Writes entries in one transaction, leaving their indexing to the mass indexer that follows. */
    private int writeWithoutIndexing(List<SearchDocument> documents) {
        transaction.executeWithoutResult(status -> {
            Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(SearchEntry.class));
            addInCurrentTransaction(documents);
        });
        return documents.size();
    }

    private SearchEntry fill(SearchEntry entry, SearchDocument document) {
        entry.fill(document, facets(document), within(document));
        return entry;
    }

    private static Set<String> facets(SearchDocument document) {
        Set<String> facets = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> axis : document.qualifiers().entrySet()) {
            axis.getValue().forEach(v -> facets.add(axis.getKey() + ":" + v));
        }
        return facets;
    }

    private Set<String> within(SearchDocument document) {
        Set<String> within = new LinkedHashSet<>();
        for (String id : document.territories()) {
            territories.enclosing(TerritoryId.parse(id)).forEach(t -> within.add(t.toString()));
            within.add(id);
        }
        return within;
    }
}
