package org.catalyse.accounts;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time of the accounts module (links' validity, throttling, logs), replaceable in tests. */
@Configuration
class AccountsClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
