package org.catalyse.commons;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value of the reference frame that qualifies a resource, e.g. {@code action-domain:sante}. */
@Embeddable
record Qualifier(String axis, @Column(name = "value_key") String valueKey) {}
