package org.catalyse.frame;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameChanges extends JpaRepository<FrameChange, Long> {

    Page<FrameChange> findAllByOrderByIdDesc(Pageable page);
}
