package org.catalyse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void newIdsAreVersion7UuidsThatSortByTimeOfCreation() {
        UUID earlier = Ids.timeOrdered(1_764_600_000_000L);
        UUID later = Ids.timeOrdered(1_764_600_000_001L);

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(1_764_600_000_000L);
        assertThat(earlier.toString().compareTo(later.toString())).isNegative();
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.timeOrdered(1_764_600_000_000L));
        }
        assertThat(ids).hasSize(10_000);
    }
}
