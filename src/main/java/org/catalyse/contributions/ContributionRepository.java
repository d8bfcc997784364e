package org.catalyse.contributions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

    List<Contribution> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<Status> statuses);

    List<Contribution> findByKindAndSlugOrderByIdAsc(Kind kind, String slug);

    List<Contribution> findByIdIn(Collection<Long> ids);

    long countByStatus(Status status);
}
