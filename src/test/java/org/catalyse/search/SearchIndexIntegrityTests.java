package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rebuild makes the index hold what the modules hold and reports each of its two steps; an index of an older
 * mapping is rebuilt at start-up.
 */
@CatalyseTest
class SearchIndexIntegrityTests {

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchRebuildCommand command;

    @Autowired
    SearchEntries entries;

    @Autowired
    List<SearchSource> sources;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aRebuildReportsBothStepsTheIndexingIncluded() {
        long documents = sources.stream().mapToLong(s -> s.documents().size()).sum();
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
        long documents = sources.stream().mapToLong(s -> s.documents().size()).sum();
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
    }

    @Test
    void drawsAProgressBar() {
        assertThat(SearchRebuildCommand.bar(23, 46)).isEqualTo("[###############---------------]  50 % (23/46)");
        assertThat(SearchRebuildCommand.bar(0, 0)).startsWith("[##############################] 100 %");
    }
}
