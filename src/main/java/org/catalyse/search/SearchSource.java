package org.catalyse.search;

import java.util.List;

/** A module whose objects are searchable implements this so that the index can be rebuilt from it. */
public interface SearchSource {

    /** The type of the documents this source gives, e.g. {@code resource}. */
    String type();

    /** Every searchable object of the module, as documents. */
    List<SearchDocument> documents();
}
