package org.catalyse.alliances;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partnership case as stored; its Markdown texts are rendered to safe HTML when they are set. */
@Entity
@Table(name = "partnership_case")
class PartnershipCase {

    @Id
    private UUID id;

    private String slug;
    private String title;
    private String summary;
    private String descriptionMarkdown;
    private String descriptionHtml;
    private String replicationMarkdown;
    private String replicationHtml;
    private Integer startYear;
    private String status;
    private String contact;
    private LocalDate verifiedOn;
    private boolean seed;
    private Instant createdAt;
    private Instant updatedAt;

    /** Null until first written, which tells the repository to insert without looking for the row first. */
    @Version
    private Integer version;

    /**
     * Partners, territories, frame values, outcomes with their figures, and sources: one JSON text (see {@link
     * CaseDetails}).
     */
    @Convert(converter = CaseDetails.Json.class)
    private CaseDetails details = CaseDetails.NONE;

    protected PartnershipCase() {}

    PartnershipCase(String slug, Instant now) {
        this.id = org.catalyse.shared.Ids.timeOrdered();
        this.slug = slug;
        this.createdAt = now;
    }

    void fill(
            CaseContent c,
            List<CaseParts.Partner> partners,
            String descriptionHtml,
            String replicationHtml,
            boolean seed,
            Instant now) {
        this.title = c.title();
        this.summary = c.summary();
        this.descriptionMarkdown = c.description();
        this.descriptionHtml = descriptionHtml;
        this.replicationMarkdown = c.replication();
        this.replicationHtml = replicationHtml;
        this.startYear = c.startYear();
        this.status = c.status();
        this.contact = c.contact();
        this.verifiedOn = c.verified();
        this.seed = seed;
        this.updatedAt = now;
        this.details = CaseDetails.of(c, partners);
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    String descriptionMarkdown() {
        return descriptionMarkdown;
    }

    String descriptionHtml() {
        return descriptionHtml;
    }

    String replicationMarkdown() {
        return replicationMarkdown;
    }

    String replicationHtml() {
        return replicationHtml;
    }

    Integer startYear() {
        return startYear;
    }

    String status() {
        return status;
    }

    String contact() {
        return contact;
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

    List<CaseParts.Partner> partners() {
        return details.partners();
    }

    CaseDetails details() {
        return details == null ? CaseDetails.NONE : details;
    }

    /** Its record was checked and is still true on this date. */
    void verifiedOn(LocalDate on, Instant now) {
        this.verifiedOn = on;
        this.updatedAt = now;
    }
}
