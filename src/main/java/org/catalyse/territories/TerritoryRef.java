package org.catalyse.territories;

/** A territory named by its id and name, e.g. a parent in a breadcrumb. */
public record TerritoryRef(TerritoryId id, String name) {}
