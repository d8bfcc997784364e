package org.catalyse.commons;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Resources extends JpaRepository<Resource, UUID> {

    Optional<Resource> findBySlug(String slug);

    /** The next batch after {@code slug}, for reading every resource without holding them all. */
    List<Resource> findTop200BySlugGreaterThanOrderBySlug(String slug);

    boolean existsBySeedTrue();
}
