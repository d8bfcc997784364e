package org.catalyse.commons;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A resource of the commons as stored; its Markdown body is rendered to safe HTML when it is set. */
@Entity
@Table(name = "resource")
class Resource {

    @Id
    private UUID id;

    private String slug;
    private String medocType;
    private String title;
    private String summary;
    private String bodyMarkdown;
    private String bodyHtml;
    private String authors;
    private String organisation;
    private String licence;
    private String attribution;
    private String language;
    private LocalDate publishedOn;
    private LocalDate verifiedOn;
    private boolean seed;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "resource_qualifier", joinColumns = @JoinColumn(name = "resource_id"))
    private Set<Qualifier> qualifiers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_territory", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "territory_id")
    private Set<String> territories = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_link", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "resource_attachment", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "resource_related", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "related_id")
    private Set<UUID> related = new LinkedHashSet<>();

    protected Resource() {}

    Resource(ResourceId id, String slug, boolean seed, Instant now) {
        this.id = id.value();
        this.slug = slug;
        this.seed = seed;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the content of the resource; {@code bodyHtml} is the sanitized rendering of the Markdown. */
    void describe(ResourceContent content, String bodyHtml, Instant now) {
        this.medocType = content.type();
        this.title = content.title();
        this.summary = content.summary();
        this.bodyMarkdown = content.bodyMarkdown();
        this.bodyHtml = bodyHtml;
        this.authors = String.join("; ", content.authors());
        this.organisation = content.organisation();
        this.licence = content.licence().key();
        this.attribution = content.attribution();
        this.language = content.language();
        this.publishedOn = content.published();
        this.verifiedOn = content.verified();
        this.qualifiers = new LinkedHashSet<>(content.qualifiers());
        this.territories = new LinkedHashSet<>(content.territories());
        this.links = new ArrayList<>(content.links());
        this.updatedAt = now;
    }

    /** Its content was checked and is still true on this date. */
    void verifiedOn(java.time.LocalDate on, Instant now) {
        this.verifiedOn = on;
        this.updatedAt = now;
    }

    /** Adds a file, or replaces the one of the same name. */
    void attach(Attachment attachment) {
        attachments.removeIf(a -> a.fileName().equals(attachment.fileName()));
        attachments.add(attachment);
    }

    List<Attachment> attachments() {
        return attachments;
    }

    void relateTo(Set<UUID> others) {
        this.related = new LinkedHashSet<>(others);
        this.related.remove(id);
    }

    ResourceId id() {
        return new ResourceId(id);
    }

    String slug() {
        return slug;
    }

    String medocType() {
        return medocType;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    String bodyMarkdown() {
        return bodyMarkdown;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    List<String> authors() {
        return authors == null || authors.isBlank() ? List.of() : List.of(authors.split("; "));
    }

    String organisation() {
        return organisation;
    }

    String licence() {
        return licence;
    }

    String attribution() {
        return attribution;
    }

    String language() {
        return language;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    LocalDate verifiedOn() {
        return verifiedOn;
    }

    boolean seed() {
        return seed;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Qualifier> qualifiers() {
        return qualifiers;
    }

    Set<String> territories() {
        return territories;
    }

    List<Link> links() {
        return links;
    }

    Set<UUID> related() {
        return related;
    }
}
