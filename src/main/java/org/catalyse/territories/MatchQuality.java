package org.catalyse.territories;

/** How well a territory matches a query, best first. */
public enum MatchQuality {
    /** The official code, the postal code or the whole name. */
    EXACT,
    /** The name starts with the query. */
    PREFIX,
    /** Every word of the query starts a word of the name. */
    WORDS,
    /** The query appears inside the name. */
    CONTAINS
}
