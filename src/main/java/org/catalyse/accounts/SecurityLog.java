package org.catalyse.accounts;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The security log: sign-ins, failures, sign-ups, confirmations, resets, role changes, throttling. */
@Service
class SecurityLog {

    private final SecurityEvents events;
    private final Clock clock;

    SecurityLog(SecurityEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Written in a transaction of its own, so that a refused action is still logged. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String kind, Long accountId, String subject, String remoteAddress, String detail) {
        events.save(new SecurityEvent(clock.instant(), kind, accountId, subject, remoteAddress, detail));
    }

    @Transactional(readOnly = true)
    public Page<SecurityEvent> latest(Pageable page) {
        return events.findAllByOrderByIdDesc(page);
    }

    @Transactional(readOnly = true)
    public long count(String kind) {
        return events.countByKind(kind);
    }
}
