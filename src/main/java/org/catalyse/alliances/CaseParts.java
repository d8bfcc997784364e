package org.catalyse.alliances;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The parts of a partnership case stored in tables of their own (the others are its {@link CaseDetails}). */
final class CaseParts {

    private CaseParts() {}

    @Embeddable
    record Partner(UUID actorId, String role) {}
}
