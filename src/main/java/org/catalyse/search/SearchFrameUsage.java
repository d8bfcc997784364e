package org.catalyse.search;

import jakarta.persistence.EntityManager;
import org.catalyse.frame.FrameUsage;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts the searchable objects of every module (resources, actors, cases…) qualified by a frame value. */
@Component
class SearchFrameUsage implements FrameUsage {

    private final EntityManager entityManager;

    SearchFrameUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public long uses(String axis, String value) {
        return Search.session(entityManager)
                .search(SearchEntry.class)
                .where(f -> f.match().field("facets").matching(axis + ":" + value))
                .fetchTotalHitCount();
    }
}
