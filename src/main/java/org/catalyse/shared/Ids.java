package org.catalyse.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers of new rows: UUIDs of version 7 (RFC 9562), whose first 48 bits are the time of creation in
 * milliseconds, so that rows created together sit together in the primary key and its indexes (random UUIDs
 * scatter an import's inserts over the whole index).
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** A new time-ordered UUID. */
    public static UUID timeOrdered() {
        return timeOrdered(System.currentTimeMillis());
    }

    static UUID timeOrdered(long millis) {
        long random = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (random & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
