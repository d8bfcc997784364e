package org.catalyse.commons;

import jakarta.persistence.Embeddable;

/** A link from a resource to a page elsewhere. */
@Embeddable
record Link(String title, String url) {}
