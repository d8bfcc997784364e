package org.catalyse.commons;

import java.util.UUID;

/** The identity of a resource of the commons. */
public record ResourceId(UUID value) {

    public static ResourceId random() {
        return new ResourceId(org.catalyse.shared.Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
