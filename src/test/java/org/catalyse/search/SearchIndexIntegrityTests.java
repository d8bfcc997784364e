package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.catalyse.CatalyseTest;
import org.catalyse.EventsSettled;
import org.catalyse.alliances.ActorContent;
import org.catalyse.alliances.Alliances;
import org.catalyse.commons.Commons;
import org.catalyse.commons.ResourceDraft;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index holds exactly what the modules hold (every document, with its title, type, address, date, facets and
 * territories), after a sequence of edits made through the modules and after a rebuild; a rebuild reports each of
 * its two steps; an index of an older mapping is rebuilt at start-up.
 */
@CatalyseTest
class SearchIndexIntegrityTests {

    /** One document as the index holds it, or as the modules' data says it should. */
    record Content(
            String type,
            String title,
            String url,
            LocalDate date,
            Set<String> facets,
            Set<String> territories,
            Set<String> within) {}

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchRebuildCommand command;

    @Autowired
    SearchEntries entries;

    @Autowired
    List<SearchSource> sources;

    @Autowired
    Territories territories;

    @Autowired
    Commons commons;

    @Autowired
    Alliances alliances;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void afterASequenceOfEditsAndAfterARebuildTheIndexHoldsExactlyWhatTheModulesHold() throws Exception {
        commons.publish(
                "fiche-test-integrite-a",
                resource(
                        "Fiche d’intégrité A",
                        "CC-BY-4.0",
                        Map.of("action-domain", List.of("sante"), "usage-stage", List.of("agir")),
                        List.of("departement:29")));
        commons.publish(
                "fiche-test-integrite-b",
                resource(
                        "Fiche d’intégrité B",
                        "CC-BY-SA-4.0",
                        Map.of("usage-stage", List.of("s-informer")),
                        List.of()));
        commons.publish(
                "fiche-test-integrite-a",
                resource(
                        "Fiche d’intégrité A, revue",
                        "CC0-1.0",
                        Map.of(
                                "action-domain",
                                List.of("emploi-insertion", "education-jeunesse"),
                                "maturity-level",
                                List.of("decouvrir")),
                        List.of("commune:38185", "region:53")));
        commons.confirmVerified("fiche-test-integrite-b", LocalDate.of(2026, 11, 30));
        ActorContent actor = actor("Association d’intégrité", List.of(), List.of());
        assertThat(alliances.problemsOf("association-test-integrite", actor)).isEmpty();
        alliances.saveActor("association-test-integrite", actor, false, true);
        ActorContent catalyst = actor(
                "Catalyseur d’intégrité",
                List.of("dialogue-territorial", "accompagnements"),
                List.of("departement:48"));
        assertThat(alliances.problemsOf("association-test-integrite", catalyst)).isEmpty();
        alliances.saveActor("association-test-integrite", catalyst, false, true);
        EventsSettled.await(events);

        Map<String, Content> expected = awaitIndexEqualToModules();
        assertThat(expected.get("resource:fiche-test-integrite-a"))
                .isEqualTo(new Content(
                        "resource",
                        "Fiche d’intégrité A, revue",
                        "/ressources/fiche-test-integrite-a",
                        LocalDate.of(2026, 5, 1),
                        Set.of(
                                "medoc-type:outil",
                                "action-domain:emploi-insertion",
                                "action-domain:education-jeunesse",
                                "maturity-level:decouvrir",
                                "licence:CC0-1.0"),
                        Set.of("commune:38185", "region:53"),
                        within("commune:38185", "region:53")));
        assertThat(expected.get("actor:association-test-integrite").facets())
                .containsExactlyInAnyOrder(
                        "actor-profile:associations",
                        "catalyst-function:dialogue-territorial",
                        "catalyst-function:accompagnements");
        assertThat(expected.get("actor:association-test-integrite").territories())
                .containsExactly("departement:48");

        long indexed = indexer.rebuild(SearchRebuilds.Progress.NONE);

        assertThat(index()).isEqualTo(modules());
        assertThat(indexed).isEqualTo(modules().size());
        assertThat(entries.count()).isEqualTo(indexed);
    }

    @Test
    void quickSuccessiveEditsOfOneObjectLeaveItsLastVersionInTheIndex() throws Exception {
        for (int version = 1; version <= 6; version++) {
            commons.publish(
                    "fiche-test-integrite-rapide",
                    resource(
                            "Fiche rapide, version " + version,
                            "CC-BY-4.0",
                            Map.of("usage-stage", List.of("agir")),
                            List.of("departement:" + (20 + version))));
        }
        EventsSettled.await(events);

        Content indexed = awaitIndexEqualToModules().get("resource:fiche-test-integrite-rapide");
        assertThat(indexed.title()).isEqualTo("Fiche rapide, version 6");
        assertThat(indexed.territories()).containsExactly("departement:26");
    }

    @Test
    void aRebuildReportsBothStepsTheIndexingIncluded() {
        long documents = modules().size();
        List<String> reported = new ArrayList<>();

        long indexed = indexer.rebuild(new SearchRebuilds.Progress() {
            @Override
            public void phase(SearchRebuilds.Phase phase, long total) {
                reported.add(phase + " of " + total);
            }

            @Override
            public synchronized void done(long done) {
                reported.add(String.valueOf(done));
            }
        });

        assertThat(indexed).isEqualTo(documents);
        int index = reported.indexOf("INDEX of " + documents);
        assertThat(reported.get(0)).isEqualTo("ENTRIES of " + documents);
        assertThat(index).as("the indexing step is reported").isPositive();
        assertThat(reported.subList(1, index)).last().isEqualTo(String.valueOf(documents));
        // The index is written by several threads: their counts may arrive out of order, the highest is the total.
        assertThat(reported.subList(index + 1, reported.size()).stream().map(Long::valueOf))
                .as("the indexing step counts the documents written to the index")
                .isNotEmpty()
                .allMatch(done -> done <= documents)
                .contains(documents);
        assertThat(indexer.indexedCount()).isEqualTo(documents);
        assertThat(entries.findAll()).extracting(SearchEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void theCommandDrawsOneBarPerStepAndReachesAHundredPercentOnlyOnceTheIndexIsWritten() {
        long documents = modules().size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = command.rebuild(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
        assertThat(lines).hasSize(3);
        String full = "[" + "#".repeat(30) + "] 100 % (" + documents + "/" + documents + ")";
        String empty = "[" + "-".repeat(30) + "]   0 % (0/" + documents + ")";
        assertThat(lines.get(0))
                .startsWith("\rStep 1 of 2, entries read from the modules: " + empty)
                .endsWith("\rStep 1 of 2, entries read from the modules: " + full);
        assertThat(lines.get(1))
                .startsWith("\rStep 2 of 2, index written from the entries: " + empty)
                .endsWith("\rStep 2 of 2, index written from the entries: " + full);
        assertThat(lines.get(2)).isEqualTo("Index rebuilt: " + documents + " documents.");
    }

    @Test
    void rebuildsAtStartUpAnIndexWrittenByAnotherMapping() {
        long documents = sources.stream().mapToLong(s -> s.documents().size()).sum();
        indexer.rebuild(SearchRebuilds.Progress.NONE);
        assertThat(indexer.mappingVersion()).isEqualTo(SearchEntry.MAPPING_VERSION);
        jdbc.update("update search_index_state set mapping_version = 'an-older-mapping'");
        jdbc.update("update search_entry set facet_values = null");

        indexer.afterSingletonsInstantiated();

        assertThat(indexer.mappingVersion()).isEqualTo(SearchEntry.MAPPING_VERSION);
        assertThat(indexer.indexedCount()).isEqualTo(documents);
        assertThat(jdbc.queryForObject("select count(*) from search_entry where facet_values is not null", Long.class))
                .isEqualTo(documents);
        assertThat(index()).isEqualTo(modules());
    }

    @Test
    void drawsAProgressBar() {
        assertThat(SearchRebuildCommand.bar(23, 46)).isEqualTo("[###############---------------]  50 % (23/46)");
        assertThat(SearchRebuildCommand.bar(0, 0)).startsWith("[##############################] 100 %");
    }

    private static ResourceDraft resource(
            String title, String licence, Map<String, List<String>> qualifiers, List<String> territories) {
        return new ResourceDraft(
                "outil",
                title,
                "Une fiche pour vérifier que l’index suit les modifications.",
                "Le texte de " + title + ".",
                List.of("Test"),
                "Catalyse",
                licence,
                "Catalyse, 2026",
                "fr",
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1),
                qualifiers,
                territories,
                List.of());
    }

    private static ActorContent actor(String name, List<String> functions, List<String> coverage) {
        return new ActorContent(
                name,
                "associations",
                null,
                null,
                null,
                "commune:29151",
                null,
                "Un acteur pour vérifier que l’index suit les modifications.",
                null,
                "Test",
                LocalDate.of(2026, 5, 1),
                functions,
                coverage);
    }

    /** Waits for the listeners to have written the index, then returns what the modules hold (equal to it). */
    private Map<String, Content> awaitIndexEqualToModules() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Map<String, Content> expected = modules();
        while (!index().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            expected = modules();
        }
        assertThat(index()).isEqualTo(expected);
        return expected;
    }

    /** What each document of the modules should look like in the index. */
    private Map<String, Content> modules() {
        Map<String, Content> all = new TreeMap<>();
        for (SearchSource source : sources) {
            for (SearchDocument d : source.documents()) {
                Set<String> facets = new TreeSet<>();
                d.qualifiers().forEach((axis, values) -> values.forEach(v -> facets.add(axis + ":" + v)));
                all.put(
                        d.id(),
                        new Content(
                                d.type(),
                                SearchEntry.fit(d.title(), 300),
                                d.url(),
                                d.date(),
                                facets,
                                new TreeSet<>(d.territories()),
                                within(d.territories().toArray(String[]::new))));
            }
        }
        return all;
    }

    /** The territories and every territory enclosing them. */
    private Set<String> within(String... ids) {
        Set<String> within = new TreeSet<>();
        for (String id : ids) {
            within.add(id);
            territories.enclosing(TerritoryId.parse(id)).forEach(t -> within.add(t.toString()));
        }
        return within;
    }

    /** Every document of the index, read from the index itself (not from the entries table). */
    private Map<String, Content> index() {
        return new TransactionTemplate(transactionManager).execute(status -> {
            SearchSession session = Search.session(entityManager);
            Map<String, Set<String>> facets = termsById(session, "facets");
            Map<String, Set<String>> attached = termsById(session, "territories");
            Map<String, Set<String>> within = termsById(session, "within");
            Map<String, Content> all = new TreeMap<>();
            session.search(SearchEntry.class)
                    .select(f -> f.composite()
                            .from(
                                    f.id(String.class),
                                    f.field("type", String.class),
                                    f.field("title", String.class),
                                    f.field("url", String.class),
                                    f.field("entryDate", LocalDate.class))
                            .asList())
                    .where(f -> f.matchAll())
                    .fetchAllHits()
                    .forEach(row -> {
                        String id = (String) row.get(0);
                        Content previous = all.put(
                                id,
                                new Content(
                                        (String) row.get(1),
                                        (String) row.get(2),
                                        (String) row.get(3),
                                        (LocalDate) row.get(4),
                                        facets.getOrDefault(id, Set.of()),
                                        attached.getOrDefault(id, Set.of()),
                                        within.getOrDefault(id, Set.of())));
                        assertThat(previous)
                                .as("documents indexed twice under " + id)
                                .isNull();
                    });
            return all;
        });
    }

    /**
     * For each document, the values it holds in a keyword field of the index: every term the index has in the field,
     * with the documents that match it.
     */
    private static Map<String, Set<String>> termsById(SearchSession session, String field) {
        Set<String> terms = new LinkedHashSet<>();
        try (IndexReader reader = session.scope(SearchEntry.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            Terms all = MultiTerms.getTerms(reader, field);
            if (all != null) {
                TermsEnum each = all.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    terms.add(term.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> byId = new HashMap<>();
        for (String term : terms) {
            session.search(SearchEntry.class)
                    .select(f -> f.id(String.class))
                    .where(f -> f.match().field(field).matching(term))
                    .fetchAllHits()
                    .forEach(
                            id -> byId.computeIfAbsent(id, k -> new TreeSet<>()).add(term));
        }
        return byId;
    }
}
