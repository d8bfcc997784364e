package org.catalyse.accounts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Outbox extends JpaRepository<OutboxMail, Long> {

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);
}
