package org.catalyse.diagnostics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One person's or organisation's answers to one version of a diagnostic, in progress or complete.
 *
 * @param accountId the member it belongs to, or null for an anonymous response reached by its private link
 * @param territory the place it was answered for (e.g. {@code commune:29151}), or null
 * @param region the région of that place, for the comparison with peers, or null
 * @param domains the action domains it said it acts in ({@code action-domain} values), possibly none
 * @param objectives the strategic objectives it said it pursues ({@code strategic-objective} values), possibly none
 * @param scores the levels, once complete
 */
public record Response(
        UUID id,
        String diagnostic,
        String version,
        Long accountId,
        String profile,
        String territory,
        String region,
        List<String> domains,
        List<String> objectives,
        Map<String, List<String>> answers,
        Status status,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        Scores scores) {

    public enum Status {
        IN_PROGRESS,
        COMPLETE
    }

    public boolean complete() {
        return status == Status.COMPLETE;
    }
}
