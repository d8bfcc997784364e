package org.catalyse.search;

import java.util.List;

/** Many objects were created or changed at once (an import): the index should hold these documents. */
public record SearchDocumentsChanged(List<SearchDocument> documents) {}
