package org.catalyse.shared;

import java.util.List;

/** One page of results with the total they were taken from. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public long totalPages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
