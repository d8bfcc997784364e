package org.catalyse.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.catalyse.accounts.Role;

/** One published version of a record, kept for ever: its text, who wrote it, who approved it, when. */
@Entity
@Table(name = "record_version")
class RecordVersion {

    /** How a version came to be published. */
    enum Origin {
        /** The record as it stood before its first reviewed change (seed content, import, earlier editing). */
        INITIAL,
        /** Approved by a moderator. */
        REVIEWED,
        /** Published by a person responsible for the record. */
        OWNER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String slug;

    private int number;

    private String title;

    @Column(name = "content_json")
    private String contentJson;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reviewer_role")
    private Role reviewerRole;

    @Column(name = "contribution_id")
    private Long contributionId;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected RecordVersion() {}

    RecordVersion(
            Kind kind,
            String slug,
            int number,
            String title,
            String contentJson,
            Long authorId,
            Long reviewerId,
            Role reviewerRole,
            Long contributionId,
            Origin origin,
            Instant publishedAt) {
        this.kind = kind;
        this.slug = slug;
        this.number = number;
        this.title = title;
        this.contentJson = contentJson;
        this.authorId = authorId;
        this.reviewerId = reviewerId;
        this.reviewerRole = reviewerRole;
        this.contributionId = contributionId;
        this.origin = origin;
        this.publishedAt = publishedAt;
    }

    Kind kind() {
        return kind;
    }

    String slug() {
        return slug;
    }

    int number() {
        return number;
    }

    String title() {
        return title;
    }

    String contentJson() {
        return contentJson;
    }

    Long authorId() {
        return authorId;
    }

    Long reviewerId() {
        return reviewerId;
    }

    Role reviewerRole() {
        return reviewerRole;
    }

    Long contributionId() {
        return contributionId;
    }

    Origin origin() {
        return origin;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
