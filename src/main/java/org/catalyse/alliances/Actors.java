package org.catalyse.alliances;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Actors extends JpaRepository<Actor, UUID> {

    Optional<Actor> findBySlug(String slug);

    boolean existsBySeedTrue();

    List<Actor> findBySlugIn(Collection<String> slugs);

    List<Actor> findTop200BySlugGreaterThanOrderBySlug(String slug);

    @Query("select distinct a from Actor a join a.catalystFunctions f")
    List<Actor> findCatalysts();

    List<Actor> findBySiren(String siren);

    List<Actor> findByRna(String rna);

    List<Actor> findByHomeCommune(String homeCommune);
}
