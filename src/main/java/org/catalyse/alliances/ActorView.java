package org.catalyse.alliances;

import java.time.Instant;

/** What callers see of an actor. */
public record ActorView(String slug, ActorContent content, boolean seed, Instant updatedAt) {

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
