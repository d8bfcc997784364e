package org.catalyse.accounts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEvents extends JpaRepository<SecurityEvent, Long> {

    Page<SecurityEvent> findAllByOrderByIdDesc(Pageable page);

    long countByKind(String kind);
}
