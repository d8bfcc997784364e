package org.catalyse.accounts;

import java.time.Instant;

/** What callers see of an account (never its password). */
public record AccountView(
        Long id,
        String email,
        String displayName,
        String organisation,
        String actorProfile,
        String territoryId,
        Role role,
        String status,
        Instant createdAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
