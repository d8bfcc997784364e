package org.catalyse.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The backoff: a few free attempts, then a wait that doubles after each failure, up to one hour. */
class ThrottleTests {

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void forward(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void afterTheFreeAttemptsEachFailureDoublesTheWaitUpToOneHour() {
        MovingClock clock = new MovingClock();
        Throttle throttle = new Throttle(clock);
        for (int i = 0; i < Throttle.FREE_ATTEMPTS; i++) {
            assertThat(throttle.wait("signup-address:a@b.test"))
                    .as("attempt %d is free", i + 1)
                    .isZero();
            throttle.failed("signup-address:a@b.test");
        }
        assertThat(throttle.wait("signup-address:a@b.test")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.wait("signup-address:other@b.test"))
                .as("another key is not slowed")
                .isZero();

        clock.forward(Duration.ofSeconds(30));
        assertThat(throttle.wait("signup-address:a@b.test"))
                .as("the wait is over")
                .isZero();
        throttle.failed("signup-address:a@b.test");
        assertThat(throttle.wait("signup-address:a@b.test")).isEqualTo(Duration.ofMinutes(1));
        clock.forward(Duration.ofMinutes(1));
        throttle.failed("signup-address:a@b.test");
        assertThat(throttle.wait("signup-address:a@b.test")).isEqualTo(Duration.ofMinutes(2));

        for (int i = 0; i < 10; i++) {
            clock.forward(Duration.ofMinutes(1));
            throttle.failed("signup-address:a@b.test");
        }
        assertThat(throttle.wait("signup-address:a@b.test"))
                .as("never more than an hour")
                .isEqualTo(Duration.ofHours(1));

        throttle.succeeded("signup-address:a@b.test");
        assertThat(throttle.wait("signup-address:a@b.test")).isZero();
    }

    @Test
    void aClientAddressHasMoreFreeAttemptsAndIsForgottenAfterALongQuiet() {
        MovingClock clock = new MovingClock();
        Throttle throttle = new Throttle(clock);
        for (int i = 0; i < Accounts.CLIENT_FREE_ATTEMPTS; i++) {
            assertThat(throttle.wait("reset:10.0.0.1", Accounts.CLIENT_FREE_ATTEMPTS))
                    .isZero();
            throttle.failed("reset:10.0.0.1");
        }
        assertThat(throttle.wait("reset:10.0.0.1", Accounts.CLIENT_FREE_ATTEMPTS))
                .isEqualTo(Duration.ofSeconds(30));

        clock.forward(Throttle.WINDOW.plus(Throttle.LONGEST_WAIT).plusSeconds(1));
        throttle.failed("reset:10.0.0.1");
        assertThat(throttle.wait("reset:10.0.0.1", Accounts.CLIENT_FREE_ATTEMPTS))
                .as("counting starts again after a long quiet")
                .isZero();
    }
}
