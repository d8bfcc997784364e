/**
 * One French full-text index across Catalyse, fed by the other modules' events and rebuilt from their
 * {@link org.catalyse.search.SearchSource}s; facets, territory filters, relevance.
 */
package org.catalyse.search;
