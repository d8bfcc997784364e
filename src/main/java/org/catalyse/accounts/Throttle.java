package org.catalyse.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failures for the same key (an address, an account, a client
 * address) close together, each further attempt must wait, twice as long after each failure (30 s, 1 min,
 * 2 min… up to 1 hour). A success clears the key. Kept in memory: a restart forgets it.
 */
@Component
class Throttle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private record State(int failures, Instant last) {}

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt; zero when it may go on. */
    Duration wait(String key) {
        return wait(key, FREE_ATTEMPTS);
    }

    /** The same, with another number of free attempts (a client address is shared by many people). */
    Duration wait(String key, int freeAttempts) {
        State s = states.get(key);
        Instant now = clock.instant();
        if (s == null
                || s.failures() < freeAttempts
                || s.last().plus(WINDOW.plus(LONGEST_WAIT)).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, s.failures() - freeAttempts));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant until = s.last().plus(wait);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** Counts a failure (or, for sign-up and reset requests, any attempt). */
    void failed(String key) {
        Instant now = clock.instant();
        if (states.size() > MAX_KEYS) {
            states.entrySet().removeIf(e -> e.getValue().last().plus(WINDOW).isBefore(now));
        }
        states.compute(
                key,
                (k, s) -> s == null || s.last().plus(WINDOW.plus(LONGEST_WAIT)).isBefore(now)
                        ? new State(1, now)
                        : new State(s.failures() + 1, now));
    }

    void succeeded(String key) {
        states.remove(key);
    }

    void clear() {
        states.clear();
    }
}
