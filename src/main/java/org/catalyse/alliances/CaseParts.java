package org.catalyse.alliances;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** The parts of a partnership case stored in tables of their own. */
final class CaseParts {

    private CaseParts() {}

    @Embeddable
    record Partner(UUID actorId, String role) {}

    @Embeddable
    record Qualifier(String axis, String valueKey) {}

    @Embeddable
    record Outcome(
            String impact, @Column(name = "outcome_text") String text) {}

    @Embeddable
    record Figure(
            String impact,
            String label,
            @Column(name = "figure_value") BigDecimal value,
            String unit) {}

    @Embeddable
    record Source(String title, String publisher, String published) {}
}
