package org.catalyse.commons;

/** A resource was created or changed and is now public as shown. */
public record ResourcePublished(ResourceView resource) {}
