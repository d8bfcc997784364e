package org.catalyse.alliances;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Cases extends JpaRepository<PartnershipCase, UUID> {

    Optional<PartnershipCase> findBySlug(String slug);

    List<PartnershipCase> findBySlugIn(Collection<String> slugs);

    @Query("select c.slug from PartnershipCase c where c.slug in :slugs")
    List<String> findSlugsIn(@Param("slugs") Collection<String> slugs);

    List<PartnershipCase> findTop200BySlugGreaterThanOrderBySlug(String slug);
}
