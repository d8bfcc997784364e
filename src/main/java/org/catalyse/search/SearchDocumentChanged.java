package org.catalyse.search;

/** An object was created or changed: the index should hold this document for it. */
public record SearchDocumentChanged(SearchDocument document) {}
