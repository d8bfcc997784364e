package org.catalyse.alliances;

import java.util.UUID;

/** The parts of a partnership case resolved against other records (kept in its {@link CaseDetails}). */
final class CaseParts {

    private CaseParts() {}

    /** A partner of a case: the actor, by id, and its role in the case (may be null). */
    record Partner(UUID actorId, String role) {}
}
