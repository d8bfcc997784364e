package org.catalyse.contributions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VersionRepository extends JpaRepository<RecordVersion, Long> {

    List<RecordVersion> findByKindAndSlugOrderByNumberDesc(Kind kind, String slug);

    Optional<RecordVersion> findFirstByKindAndSlugOrderByNumberDesc(Kind kind, String slug);
}
