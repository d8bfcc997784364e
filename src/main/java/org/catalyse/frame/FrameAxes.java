package org.catalyse.frame;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameAxes extends JpaRepository<FrameAxis, Long> {

    @EntityGraph(attributePaths = "values")
    List<FrameAxis> findByVersionOrderByPosition(String version);
}
