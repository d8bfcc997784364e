package org.catalyse.alliances;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Actors extends JpaRepository<Actor, UUID> {

    Optional<Actor> findBySlug(String slug);

    boolean existsBySeedTrue();

    List<Actor> findBySlugIn(Collection<String> slugs);

    @Query("select a.slug, a.id from Actor a where a.slug in :slugs")
    List<Object[]> findIdsBySlugIn(@Param("slugs") Collection<String> slugs);

    @Query("select a.slug, a.id, a.name, a.profile from Actor a where a.slug in :slugs")
    List<Object[]> findPartnersBySlugIn(@Param("slugs") Collection<String> slugs);

    @Query("select a.slug from Actor a where a.slug in :slugs")
    List<String> findSlugsIn(@Param("slugs") Collection<String> slugs);

    List<Actor> findBySirenIn(Collection<String> sirens);

    List<Actor> findByRnaIn(Collection<String> rnas);

    List<Actor> findByHomeCommuneIn(Collection<String> homeCommunes);

    List<Actor> findTop200BySlugGreaterThanOrderBySlug(String slug);

    @Query("select distinct a from Actor a join a.catalystFunctions f")
    List<Actor> findCatalysts();

    List<Actor> findBySiren(String siren);

    List<Actor> findByRna(String rna);

    List<Actor> findByHomeCommune(String homeCommune);
}
