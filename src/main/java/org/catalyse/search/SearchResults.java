package org.catalyse.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with the facet counts of the whole result.
 *
 * @param total the number of hits, exact unless {@code estimated}
 * @param estimated whether the total and the facet counts are estimates (rounded, from a sample of a very large
 *     result; see docs/decisions/0008)
 */
public record SearchResults(
        long total, int page, int size, List<Hit> items, Map<String, Map<String, Long>> facets, boolean estimated) {

    /**
     * One result; {@code snippet} is HTML with the matched words in {@code <mark>} and everything else
     * escaped.
     */
    public record Hit(String type, String id, String title, String url, String snippet, LocalDate date) {}

    public long totalPages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }
}
