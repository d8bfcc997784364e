package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.catalyse.CatalyseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a rebuild, the index holds exactly what the modules hold, and an index of an older mapping is rebuilt. */
@CatalyseTest
class SearchIndexIntegrityTests {

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchEntries entries;

    @Autowired
    List<SearchSource> sources;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void rebuildsTheIndexFromTheSourcesReportingProgress() {
        long documents = sources.stream().mapToLong(s -> s.documents().size()).sum();
        List<Integer> progress = new ArrayList<>();

        long indexed = indexer.rebuild(progress::add);

        assertThat(indexed).isEqualTo(documents);
        assertThat(entries.count()).isEqualTo(documents);
        assertThat(indexer.indexedCount()).isEqualTo(documents);
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo((int) documents);
        assertThat(entries.findAll()).extracting(SearchEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void rebuildsAtStartUpAnIndexWrittenByAnotherMapping() {
        long documents = sources.stream().mapToLong(s -> s.documents().size()).sum();
        indexer.rebuild(done -> {});
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
