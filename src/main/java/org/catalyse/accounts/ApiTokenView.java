package org.catalyse.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the owner sees of one of their API tokens (never its secret). */
record ApiTokenView(
        Long id, String name, ApiScope scope, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public boolean active() {
        return revokedAt == null;
    }

    public String created() {
        return WHEN.format(createdAt);
    }

    /** The last use in UTC, or null when the token never served. */
    public String lastUsed() {
        return lastUsedAt == null ? null : WHEN.format(lastUsedAt);
    }

    public String revoked() {
        return revokedAt == null ? null : WHEN.format(revokedAt);
    }
}
