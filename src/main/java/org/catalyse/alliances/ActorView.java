package org.catalyse.alliances;

import java.time.Instant;
import java.time.LocalDate;

/** What callers see of an actor. */
/**
 * @param verified when the record was last confirmed to be still true, or null
 */
public record ActorView(String slug, ActorContent content, boolean seed, Instant updatedAt, LocalDate verified) {

    public String url() {
        return "/acteurs/" + slug;
    }

    public String name() {
        return content.name();
    }

    public boolean catalyst() {
        return content.catalyst();
    }
}
