package org.catalyse.commons;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Resources extends JpaRepository<Resource, UUID> {

    Optional<Resource> findBySlug(String slug);

    List<Resource> findAllByOrderBySlug();

    boolean existsBySeedTrue();
}
