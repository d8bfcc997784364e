package org.catalyse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A module whose objects are searchable implements this so that the index can be rebuilt from it. */
public interface SearchSource {

    /** The type of the documents this source gives, e.g. {@code resource}. */
    String type();

    /** How many searchable objects the module holds. */
    long count();

    /** The document of one object as the module holds it now, by its key; empty when the module has no such object. */
    Optional<SearchDocument> document(String key);

    /** Gives every searchable object of the module, as documents, a batch at a time (never all in memory). */
    void forEachDocument(Consumer<SearchDocument> action);

    /**
     * The facet axes outside the frame that this source's documents carry (e.g. {@code licence}), each with every
     * value it may take, so that a search on any other value is refused with the list.
     */
    default Map<String, List<String>> otherAxes() {
        return Map.of();
    }

    /** Every document in a list: for small sources and tests. */
    default List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        forEachDocument(documents::add);
        return documents;
    }
}
