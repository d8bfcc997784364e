package org.catalyse.alliances;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An organisation as stored; a catalyst when it has catalyst functions and a coverage perimeter. */
@Entity
@Table(name = "actor")
class Actor {

    @Id
    private UUID id;

    private String slug;
    private String name;
    private String profile;
    private String siren;
    private String siret;
    private String rna;
    private String homeCommune;
    private String website;
    private String description;
    private String contact;
    private String source;
    private LocalDate sourceDate;
    private boolean seed;
    private Instant createdAt;
    private Instant updatedAt;
    private LocalDate verifiedOn;

    /** Null until first written, which tells the repository to insert without looking for the row first. */
    @Version
    private Integer version;

    // Views of many actors (case partners, the catalyst directory) read these collections: load them 100 actors
    // at a time rather than one query per actor.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "actor_catalyst_function", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "function_key")
    private Set<String> catalystFunctions = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "actor_coverage", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "territory_id")
    private Set<String> coverage = new LinkedHashSet<>();

    protected Actor() {}

    Actor(String slug, Instant now) {
        this.id = org.catalyse.shared.Ids.timeOrdered();
        this.slug = slug;
        this.createdAt = now;
    }

    void fill(ActorContent c, boolean seed, Instant now) {
        this.name = c.name();
        this.profile = c.profile();
        this.siren = c.siren();
        this.siret = c.siret();
        this.rna = c.rna();
        this.homeCommune = c.homeCommune();
        this.website = c.website();
        this.description = c.description();
        this.contact = c.contact();
        this.source = c.source();
        this.sourceDate = c.sourceDate();
        this.seed = seed;
        this.catalystFunctions = new LinkedHashSet<>(c.catalystFunctions());
        this.coverage = new LinkedHashSet<>(c.coverage());
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String profile() {
        return profile;
    }

    String siren() {
        return siren;
    }

    String rna() {
        return rna;
    }

    String homeCommune() {
        return homeCommune;
    }

    ActorContent content() {
        return new ActorContent(
                name,
                profile,
                siren,
                siret,
                rna,
                homeCommune,
                website,
                description,
                contact,
                source,
                sourceDate,
                java.util.List.copyOf(catalystFunctions),
                java.util.List.copyOf(coverage));
    }

    boolean seed() {
        return seed;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    LocalDate verifiedOn() {
        return verifiedOn;
    }

    /** Its record was checked and is still true on this date. */
    void verifiedOn(LocalDate on, Instant now) {
        this.verifiedOn = on;
        this.updatedAt = now;
    }
}
