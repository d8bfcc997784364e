package org.catalyse.contributions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<ContributionEvent, Long> {

    List<ContributionEvent> findByContributionIdOrderByOccurredAtAscIdAsc(long contributionId);

    List<ContributionEvent> findByKindInOrderByOccurredAtDescIdDesc(
            Collection<ContributionEvent.Type> kinds, Pageable page);

    long countByKindIn(Collection<ContributionEvent.Type> kinds);
}
