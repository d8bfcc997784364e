package org.catalyse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A module whose objects are searchable implements this so that the index can be rebuilt from it. */
public interface SearchSource {

    /** The type of the documents this source gives, e.g. {@code resource}. */
    String type();

    /** How many searchable objects the module holds. */
    long count();

    /** Gives every searchable object of the module, as documents, a batch at a time (never all in memory). */
    void forEachDocument(Consumer<SearchDocument> action);

    /** Every document in a list: for small sources and tests. */
    default List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        forEachDocument(documents::add);
        return documents;
    }
}
