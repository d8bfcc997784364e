package org.catalyse.contributions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<ContributionRevision, Long> {

    List<ContributionRevision> findByContributionIdOrderByNumberAsc(long contributionId);

    Optional<ContributionRevision> findByContributionIdAndNumber(long contributionId, int number);
}
